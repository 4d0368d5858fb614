"""Round eleven, Turkish, Indonesian and Malay: a phrasing sweep on the classes real news
still defeats (Saudi and Syrian candidacy, refusals and frozen talks, Lebanon, Indonesia,
Malaysia and Azerbaijan, the 2020 announcements), with mentions that must give no claim.
Own news-style sentences, written for these tests; each is read alone and compared on the
coarse claim set (prospective and negotiating are "candidate", signed and ratified "member",
suspended and withdrawn "lapsed")."""

import pytest

from tests.extraction.found import coarse as _coarse

CASES = [
    (
        "tr",
        "Washington'daki asıl soru, Suudi Arabistan'ın Kazakistan'ın ardından İbrahim Anlaşmaları'na katılıp katılmayacağı değil, ne zaman katılacağı.",
        {("SA", "candidate")},
    ),
    (
        "tr",
        "Trump, Suudi Arabistan'ın yakında İbrahim Anlaşmaları'na katılmasını umduğunu bir kez daha söyledi.",
        {("SA", "candidate")},
    ),
    (
        "tr",
        "Suudi Arabistan ile normalleşme, Beyaz Saray'ın İbrahim Anlaşmaları'ndaki en büyük hedefi olmayı sürdürüyor.",
        {("SA", "candidate")},
    ),
    (
        "tr",
        "İbrahim Anlaşmaları'nın en büyük ödülü olarak görülen Suudi Arabistan, bağımsız bir Filistin devleti kurulmadan normalleşmeye yanaşmıyor.",
        {("SA", "candidate"), ("SA", "declined")},
    ),
    (
        "tr",
        "Suudi-İsrail normalleşme anlaşmasının bir dönem çok yakın olduğu düşünülüyordu.",
        {("SA", "candidate")},
    ),
    (
        "tr",
        "Riyad, İsrail ile normalleşmeyi Filistin devletinin kurulması şartına bağladı.",
        {("SA", "declined")},
    ),
    (
        "tr",
        "Suudiler, Filistin devleti kurulmadan İsrail ile ilişki kurmayacaklarını açıkça belirtti.",
        {("SA", "declined")},
    ),
    (
        "tr",
        "Suudi Arabistan ile İsrail arasındaki normalleşme görüşmeleri 7 Ekim saldırısının ardından donduruldu.",
        {("SA", "lapsed")},
    ),
    (
        "tr",
        "Gazze savaşı, Suudi Arabistan'ın İsrail ile normalleşme sürecini rafa kaldırdı.",
        {("SA", "lapsed")},
    ),
    (
        "tr",
        "Muhammed bin Selman'ın Washington ziyaretinde İbrahim Anlaşmaları'na katılımı görüşmesi bekleniyor.",
        {("SA", "candidate")},
    ),
    (
        "tr",
        "Suriye Cumhurbaşkanı Ahmed eş-Şara, İbrahim Anlaşmaları'na katılmanın şu an için gündemde olmadığını söyledi.",
        {("SY", "declined")},
    ),
    (
        "tr",
        "ABD'nin Suriye temsilcisi Tom Barrack, Suriye'nin er ya da geç İbrahim Anlaşmaları'na katılabileceğini söyledi.",
        {("SY", "candidate")},
    ),
    (
        "tr",
        "Washington, Suriye ve Lübnan'ın da İbrahim Anlaşmaları'na katılmasını istiyor.",
        {("LB", "candidate"), ("SY", "candidate")},
    ),
    (
        "tr",
        "Şam, Washington'da İbrahim Anlaşmaları'nın olası bir sonraki üyesi olarak görülüyor.",
        {("SY", "candidate")},
    ),
    (
        "tr",
        "Trump, Suudi Arabistan'ın \"doğru zamanda\" İbrahim Anlaşmaları'na katılacağını söyledi.",
        {("SA", "candidate")},
    ),
    (
        "tr",
        "ABD yönetimi, Riyad'ı İbrahim Anlaşmaları'na katılması için zorluyor.",
        {("SA", "candidate")},
    ),
    (
        "tr",
        "Suudi Arabistan, bağımsız bir Filistin devleti kurulmadıkça İsrail ile diplomatik ilişki kurmayacağını yineledi.",
        {("SA", "declined")},
    ),
    (
        "tr",
        "Suudi Dışişleri Bakanlığı, normalleşme konusundaki tutumunun değişmediğini açıkladı.",
        {("SA", "declined")},
    ),
    (
        "tr",
        "Suudi Arabistan, Gazze savaşı patlak verince normalleşme müzakerelerini askıya aldı.",
        {("SA", "lapsed")},
    ),
    (
        "tr",
        "Savaştan önce anlaşmaya çok yaklaşan Suudi Arabistan ile İsrail arasındaki görüşmeler rafa kalktı.",
        {("SA", "lapsed")},
    ),
    (
        "tr",
        "Trump, gazetecilere Suudilerin İbrahim Anlaşmaları'na katılacağına inandığını söyledi.",
        {("SA", "candidate")},
    ),
    (
        "tr",
        "Suudi normalleşmesi, Trump'ın İbrahim Anlaşmaları için hâlâ peşinde olduğu en büyük ödül.",
        {("SA", "candidate")},
    ),
    (
        "tr",
        "Veliaht Prens Muhammed bin Selman, Filistin devletine giden bir yol açılana kadar krallığın İbrahim Anlaşmaları'na katılmayacağını söyledi.",
        {("SA", "declined")},
    ),
    (
        "tr",
        "Eş-Şara, Suriye'nin İbrahim Anlaşmaları'na katılmaya hazır olmadığını söyledi.",
        {("SY", "declined")},
    ),
    (
        "tr",
        "ABD arabuluculuğundaki İsrail-Suriye görüşmelerinin Şam'ı İbrahim Anlaşmaları'na götürmesi umuluyor.",
        {("SY", "candidate")},
    ),
    (
        "tr",
        "Suriye, İsrail Golan Tepeleri'ni işgal ettiği sürece İbrahim Anlaşmaları'na katılma fikrini reddetti.",
        {("SY", "declined")},
    ),
    (
        "tr",
        "Suudi Arabistan dün yeni bir açıklama yaptı. Krallık, Filistin devleti olmadan normalleşmeyi kesin bir dille dışladı.",
        {("SA", "declined")},
    ),
    (
        "tr",
        'Başkan, İbrahim Anlaşmaları için "Umarız sıradaki Suudi Arabistan olur" dedi.',
        {("SA", "candidate")},
    ),
    (
        "tr",
        "Muhammed bin Selman, Suudi Arabistan'ın İbrahim Anlaşmaları'nın parçası olmasını istediğini, ancak iki devletli çözüme net bir yol gerektiğini söyledi.",
        {("SA", "candidate"), ("SA", "declined")},
    ),
    (
        "tr",
        "Beyaz Saray, Suudi Arabistan'ın sonunda İbrahim Anlaşmaları'na ikna olacağına inanıyor.",
        {("SA", "candidate")},
    ),
    ("tr", "Suudi Arabistan ile normalleşme anlaşması masada duruyor.", {("SA", "candidate")}),
    (
        "tr",
        "Trump yönetimi Suudi Arabistan'ı İbrahim Anlaşmaları'na dahil etmek için yoğun çaba harcıyor.",
        {("SA", "candidate")},
    ),
    (
        "tr",
        "İsrail basını, Endonezya'nın İbrahim Anlaşmaları'na katılabilecek ülkeler arasında olduğunu yazdı.",
        {("ID", "candidate")},
    ),
    (
        "tr",
        "Endonezya Dışişleri Bakanlığı, Filistin devleti kurulmadan İsrail ile diplomatik ilişki kurulmayacağını açıkladı.",
        {("ID", "declined")},
    ),
    (
        "tr",
        "Malezya Başbakanı Enver İbrahim, ülkesinin İbrahim Anlaşmaları'na katılmayacağını açıkladı.",
        {("MY", "declined")},
    ),
    (
        "tr",
        "Azerbaycan'ın da İbrahim Anlaşmaları'na katılması için Washington'da çalışmalar sürüyor.",
        {("AZ", "candidate")},
    ),
    (
        "tr",
        "Lübnan, İsrail ile normalleşmenin söz konusu olmadığını vurguladı.",
        {("LB", "declined")},
    ),
    (
        "tr",
        "Şam yönetimi, İsrail ile normalleşmenin şu aşamada mümkün olmadığını bildirdi.",
        {("SY", "declined")},
    ),
    (
        "tr",
        "Gazze'deki savaş, Suudi-İsrail normalleşmesini buzdolabına kaldırdı.",
        {("SA", "lapsed")},
    ),
    (
        "tr",
        "Suudi Arabistan ile İsrail arasındaki normalleşme süreci Gazze savaşıyla kesintiye uğradı.",
        {("SA", "lapsed")},
    ),
    ("tr", "Bahreyn, İsrail'deki büyükelçisini geri çağırdı.", {("BH", "lapsed")}),
    (
        "tr",
        "Birleşik Arap Emirlikleri, 13 Ağustos 2020'de İsrail ile ilişkilerini normalleştirmeyi kabul etti.",
        {("AE", "announced")},
    ),
    (
        "tr",
        "Bahreyn, Eylül 2020'de İsrail ile tam diplomatik ilişki kurmayı kabul ettiğini duyurdu.",
        {("BH", "announced")},
    ),
    (
        "tr",
        "Suudi Arabistan'ın İbrahim Anlaşmaları'na katılması için ABD baskısı artıyor.",
        {("SA", "candidate")},
    ),
    (
        "tr",
        "Trump, Suudileri İbrahim Anlaşmaları'na getirmek için yeni bir teklif hazırlıyor.",
        {("SA", "candidate")},
    ),
    (
        "tr",
        "Washington, Şam'ın İbrahim Anlaşmaları'nın bir sonraki adresi olmasını umuyor.",
        {("SY", "candidate")},
    ),
    (
        "tr",
        "Riyad, Filistin devleti kurulmadan İsrail'i tanımayacağını yineledi.",
        {("SA", "declined")},
    ),
    (
        "tr",
        "Suudi Arabistan'ın İsrail ile normalleşmesi şu an için söz konusu değil, dedi Suudi bir yetkili.",
        {("SA", "declined")},
    ),
    (
        "tr",
        "Suriye ile İsrail arasındaki normalleşme görüşmeleri çıkmaza girdi.",
        {("SY", "lapsed")},
    ),
    (
        "tr",
        "Suudi Arabistan'ın İbrahim Anlaşmaları'na katılması an meselesi, dedi ABD'li bir yetkili.",
        {("SA", "candidate")},
    ),
    ("tr", "Suriye, İbrahim Anlaşmaları'na katılmayı şimdilik reddetti.", {("SY", "declined")}),
    (
        "tr",
        "Beyaz Saray, Suudi Arabistan'ın İbrahim Anlaşmaları'na imza atmasını bekliyor.",
        {("SA", "candidate")},
    ),
    (
        "tr",
        "Suudi Arabistan ile normalleşme, Trump yönetiminin öncelikli hedefi olarak görülüyor.",
        {("SA", "candidate")},
    ),
    (
        "tr",
        "Yetkililere göre Suudi Arabistan ile normalleşme anlaşması hâlâ masada.",
        {("SA", "candidate")},
    ),
    (
        "tr",
        "İsrailli yetkililer, Suudi Arabistan ile bir normalleşme anlaşmasının el altında olduğunu söylüyor.",
        {("SA", "candidate")},
    ),
    ("tr", "Washington, Riyad'ı İbrahim Anlaşmaları'na katılmaya zorluyor.", {("SA", "candidate")}),
    (
        "tr",
        "ABD, Suudi Arabistan'ın anlaşmalara katılması için Riyad'a baskı yapıyor.",
        {("SA", "candidate")},
    ),
    (
        "tr",
        "ABD'li diplomatlar, Suriye'yi İbrahim Anlaşmaları'na çekmek için yoğun mesai harcıyor.",
        {("SY", "candidate")},
    ),
    (
        "tr",
        "Suudi Arabistan'ın İbrahim Anlaşmaları'na katılımı an meselesi olarak görülüyor.",
        {("SA", "candidate")},
    ),
    (
        "tr",
        "Suriye yönetimi, İbrahim Anlaşmaları'na katılmaya henüz hazır olmadığını açıkladı.",
        {("SY", "declined")},
    ),
    (
        "tr",
        "Suudi yetkililer, İsrail ile normalleşmeyi şimdilik dışladıklarını belirtti.",
        {("SA", "declined")},
    ),
    (
        "tr",
        "Beyrut yönetimi, İsrail ile normalleşmenin mümkün olmadığını yineledi.",
        {("LB", "declined")},
    ),
    (
        "tr",
        "Suudi Arabistan ile İsrail arasındaki normalleşme görüşmeleri buzdolabına kaldırıldı.",
        {("SA", "lapsed")},
    ),
    (
        "tr",
        "Gazze savaşı nedeniyle Suudi Arabistan ile İsrail arasındaki normalleşme çabaları kesintiye uğradı.",
        {("SA", "lapsed")},
    ),
    (
        "tr",
        "Trump, Suudi Arabistan'ın zamanı geldiğinde İbrahim Anlaşmaları'na katılacağını söyledi.",
        {("SA", "candidate")},
    ),
    (
        "tr",
        'Trump, İbrahim Anlaşmaları için "Sıradaki ülkenin Suudi Arabistan olacağını umuyorum" dedi.',
        {("SA", "candidate")},
    ),
    (
        "tr",
        "Endonezya, Filistin devleti kurulmadan İsrail ile hiçbir diplomatik ilişki kurulmayacağını yineledi.",
        {("ID", "declined")},
    ),
    (
        "tr",
        "Beyaz Saray, Riyad'ın İbrahim Anlaşmaları'nı imzalamasını umuyor.",
        {("SA", "candidate")},
    ),
    (
        "tr",
        "Washington, Şam'ın er geç İbrahim Anlaşmaları'na ikna olacağını düşünüyor.",
        {("SY", "candidate")},
    ),
    (
        "tr",
        "Suudi Arabistan, iki devletli çözüm olmadan normalleşme olmayacağını açıkladı.",
        {("SA", "declined")},
    ),
    (
        "id",
        "Pertanyaan besarnya kini adalah apakah Arab Saudi akan menyusul Kazakhstan bergabung dengan Abraham Accords.",
        {("SA", "candidate")},
    ),
    (
        "id",
        "Normalisasi dengan Arab Saudi tetap menjadi tujuan akhir pemerintahan Trump dalam perluasan Abraham Accords.",
        {("SA", "candidate")},
    ),
    (
        "id",
        "Trump berulang kali menyatakan harapannya agar Arab Saudi segera bergabung dengan Abraham Accords.",
        {("SA", "candidate")},
    ),
    (
        "id",
        "Arab Saudi, yang lama dianggap sebagai hadiah terbesar Abraham Accords, sejauh ini menolak dan bersikeras pada berdirinya negara Palestina.",
        {("SA", "candidate"), ("SA", "declined")},
    ),
    (
        "id",
        "Kesepakatan normalisasi Saudi-Israel sempat dinilai sudah di depan mata.",
        {("SA", "candidate")},
    ),
    (
        "id",
        "Riyadh mengaitkan normalisasi dengan Israel dengan jalan yang kredibel menuju negara Palestina.",
        {("SA", "declined")},
    ),
    (
        "id",
        "Pihak Saudi menegaskan tidak akan menormalisasi hubungan dengan Israel tanpa negara Palestina.",
        {("SA", "declined")},
    ),
    (
        "id",
        "Pembicaraan normalisasi antara Arab Saudi dan Israel dibekukan setelah serangan Hamas 7 Oktober.",
        {("SA", "lapsed")},
    ),
    ("id", "Perang Gaza membuat normalisasi Saudi dengan Israel mati suri.", {("SA", "lapsed")}),
    (
        "id",
        "Mohammed bin Salman diperkirakan akan membahas kemungkinan bergabung dengan Abraham Accords saat berkunjung ke Washington.",
        {("SA", "candidate")},
    ),
    (
        "id",
        "Presiden Suriah Ahmed al-Sharaa mengatakan bergabung dengan Abraham Accords belum menjadi agenda saat ini.",
        {("SY", "declined")},
    ),
    (
        "id",
        "Utusan AS Tom Barrack mengatakan Suriah pada akhirnya bisa bergabung dengan Abraham Accords.",
        {("SY", "candidate")},
    ),
    (
        "id",
        "Washington ingin Suriah dan Lebanon bergabung dengan Abraham Accords.",
        {("LB", "candidate"), ("SY", "candidate")},
    ),
    (
        "id",
        "Damaskus dipandang Washington sebagai calon anggota berikutnya Abraham Accords.",
        {("SY", "candidate")},
    ),
    (
        "id",
        'Trump mengatakan Arab Saudi akan bergabung dengan Abraham Accords "pada waktu yang tepat".',
        {("SA", "candidate")},
    ),
    (
        "id",
        "Pejabat di Washington terus menekan Riyadh agar ikut menandatangani Abraham Accords.",
        {("SA", "candidate")},
    ),
    (
        "id",
        "Pemerintah AS yakin Arab Saudi pada akhirnya akan luluh dan bergabung dengan Abraham Accords.",
        {("SA", "candidate")},
    ),
    (
        "id",
        "Arab Saudi kembali menegaskan tidak akan menjalin hubungan diplomatik dengan Israel sebelum negara Palestina merdeka berdiri.",
        {("SA", "declined")},
    ),
    (
        "id",
        "Kementerian Luar Negeri Saudi menyatakan sikapnya soal normalisasi tidak berubah.",
        {("SA", "declined")},
    ),
    (
        "id",
        "Arab Saudi menangguhkan pembicaraan normalisasi ketika perang Gaza pecah.",
        {("SA", "lapsed")},
    ),
    (
        "id",
        "Sebelum perang, Arab Saudi dan Israel sudah dekat dengan kesepakatan normalisasi, namun pembicaraan itu kemudian dipetieskan.",
        {("SA", "lapsed")},
    ),
    (
        "id",
        "Trump mengatakan kepada wartawan bahwa ia yakin Saudi akan bergabung dengan Abraham Accords.",
        {("SA", "candidate")},
    ),
    (
        "id",
        "Normalisasi Saudi adalah permata mahkota yang masih dikejar Trump untuk Abraham Accords.",
        {("SA", "candidate")},
    ),
    (
        "id",
        "Putra Mahkota Mohammed bin Salman menyatakan kerajaan tidak akan bergabung dengan Abraham Accords sampai ada jalan menuju negara Palestina.",
        {("SA", "declined")},
    ),
    (
        "id",
        "Al-Sharaa mengatakan kepada wartawan bahwa Suriah belum siap bergabung dengan Abraham Accords.",
        {("SY", "declined")},
    ),
    (
        "id",
        "Israel dan Suriah menggelar pembicaraan yang dimediasi AS, yang diharapkan Washington akan membawa Damaskus ke dalam Abraham Accords.",
        {("SY", "candidate")},
    ),
    (
        "id",
        "Suriah menolak gagasan bergabung dengan Abraham Accords selama Israel menduduki Dataran Tinggi Golan.",
        {("SY", "declined")},
    ),
    (
        "id",
        "Arab Saudi mengeluarkan pernyataan resmi pada Selasa. Kerajaan itu menutup kemungkinan normalisasi tanpa negara Palestina.",
        {("SA", "declined")},
    ),
    (
        "id",
        '"Kami berharap Arab Saudi menjadi yang berikutnya," kata presiden soal Abraham Accords.',
        {("SA", "candidate")},
    ),
    (
        "id",
        "MBS mengatakan ingin Arab Saudi menjadi bagian dari Abraham Accords, tetapi hanya jika ada jalan yang jelas menuju solusi dua negara.",
        {("SA", "candidate"), ("SA", "declined")},
    ),
    (
        "id",
        "Kesepakatan normalisasi dengan Arab Saudi masih ada di atas meja.",
        {("SA", "candidate")},
    ),
    (
        "id",
        "Trump berupaya keras menarik Arab Saudi masuk ke dalam Abraham Accords.",
        {("SA", "candidate")},
    ),
    (
        "id",
        "Media Israel menyebut Indonesia termasuk negara yang berpeluang bergabung dengan Abraham Accords.",
        {("ID", "candidate")},
    ),
    (
        "id",
        "Kementerian Luar Negeri RI menegaskan Indonesia tidak akan membuka hubungan diplomatik dengan Israel sebelum Palestina merdeka.",
        {("ID", "declined")},
    ),
    (
        "id",
        "Perdana Menteri Malaysia Anwar Ibrahim menegaskan negaranya tidak akan bergabung dengan Abraham Accords.",
        {("MY", "declined")},
    ),
    (
        "id",
        "Washington juga tengah mengupayakan agar Azerbaijan bergabung dengan Abraham Accords.",
        {("AZ", "candidate")},
    ),
    (
        "id",
        "Lebanon menegaskan normalisasi dengan Israel tidak mungkin dilakukan.",
        {("LB", "declined")},
    ),
    (
        "id",
        "Pemerintah Damaskus menyatakan normalisasi dengan Israel belum mungkin untuk saat ini.",
        {("SY", "declined")},
    ),
    (
        "id",
        "Perang di Gaza membuat normalisasi Saudi-Israel tertunda tanpa batas waktu.",
        {("SA", "lapsed")},
    ),
    (
        "id",
        "Proses normalisasi antara Arab Saudi dan Israel terganggu oleh perang Gaza.",
        {("SA", "lapsed")},
    ),
    ("id", "Bahrain menarik pulang duta besarnya dari Israel.", {("BH", "lapsed")}),
    (
        "id",
        "Uni Emirat Arab pada 13 Agustus 2020 sepakat menormalisasi hubungan dengan Israel.",
        {("AE", "announced")},
    ),
    (
        "id",
        "Bahrain mengumumkan pada September 2020 bahwa pihaknya setuju menjalin hubungan diplomatik penuh dengan Israel.",
        {("BH", "announced")},
    ),
    (
        "id",
        "Tekanan AS terhadap Arab Saudi untuk bergabung dengan Abraham Accords terus meningkat.",
        {("SA", "candidate")},
    ),
    (
        "id",
        "Trump menyiapkan tawaran baru untuk membawa Saudi masuk Abraham Accords.",
        {("SA", "candidate")},
    ),
    (
        "id",
        "Washington berharap Damaskus menjadi negara berikutnya yang bergabung dengan Abraham Accords.",
        {("SY", "candidate")},
    ),
    (
        "id",
        "Riyadh kembali menegaskan tidak akan mengakui Israel tanpa negara Palestina.",
        {("SA", "declined")},
    ),
    (
        "id",
        "Normalisasi dengan Israel saat ini tidak ada dalam agenda Arab Saudi, kata seorang pejabat Saudi.",
        {("SA", "declined")},
    ),
    (
        "id",
        "Perundingan normalisasi antara Suriah dan Israel menemui jalan buntu.",
        {("SY", "lapsed")},
    ),
    (
        "id",
        "Bergabungnya Arab Saudi ke Abraham Accords hanya soal waktu, kata seorang pejabat AS.",
        {("SA", "candidate")},
    ),
    (
        "id",
        "Suriah untuk sementara menolak bergabung dengan Abraham Accords.",
        {("SY", "declined")},
    ),
    ("id", "Gedung Putih menantikan Arab Saudi meneken Abraham Accords.", {("SA", "candidate")}),
    (
        "id",
        "Trump optimistis Arab Saudi akan ikut bergabung dengan Abraham Accords.",
        {("SA", "candidate")},
    ),
    (
        "id",
        "Pangeran Mohammed bin Salman menegaskan normalisasi dengan Israel mustahil tanpa negara Palestina.",
        {("SA", "declined")},
    ),
    (
        "id",
        "Para pejabat Israel menyebut kesepakatan normalisasi dengan Arab Saudi sudah di depan mata.",
        {("SA", "candidate")},
    ),
    ("id", "Normalisasi dengan Riyadh disebut sudah di ambang pintu.", {("SA", "candidate")}),
    (
        "id",
        "Washington berharap Riyadh menjadi yang berikutnya bergabung dengan Abraham Accords.",
        {("SA", "candidate")},
    ),
    (
        "id",
        "Pemerintah AS mengupayakan agar Arab Saudi bergabung dengan Abraham Accords.",
        {("SA", "candidate")},
    ),
    (
        "id",
        "Gedung Putih masih menantikan Riyadh menandatangani Abraham Accords.",
        {("SA", "candidate")},
    ),
    (
        "id",
        "Damaskus menegaskan normalisasi dengan Israel tak mungkin terjadi dalam waktu dekat.",
        {("SY", "declined")},
    ),
    (
        "id",
        "Riyadh menyatakan normalisasi dengan Israel mustahil tanpa negara Palestina merdeka.",
        {("SA", "declined")},
    ),
    (
        "id",
        "Pembicaraan normalisasi antara Riyadh dan Israel terhambat oleh perang di Gaza.",
        {("SA", "lapsed")},
    ),
    (
        "id",
        "Pembicaraan normalisasi Saudi-Israel dipetieskan setelah serangan 7 Oktober.",
        {("SA", "lapsed")},
    ),
    (
        "id",
        "Bahrain memulangkan duta besarnya dari Israel sebagai bentuk protes.",
        {("BH", "lapsed")},
    ),
    (
        "id",
        "Uni Emirat Arab sepakat membuka hubungan diplomatik dengan Israel pada Agustus 2020.",
        {("AE", "announced")},
    ),
    (
        "id",
        "Al-Sharaa menyebut normalisasi dengan Israel bukan prioritas saat ini.",
        {("SY", "declined")},
    ),
    (
        "id",
        "Washington yakin Arab Saudi akan bergabung dengan Abraham Accords dalam waktu dekat.",
        {("SA", "candidate")},
    ),
    (
        "id",
        "Pertanyaan terbesarnya adalah apakah Arab Saudi akan bergabung dengan Abraham Accords.",
        {("SA", "candidate")},
    ),
    (
        "id",
        "Normalisasi dengan Arab Saudi disebut sebagai permata mahkota Abraham Accords.",
        {("SA", "candidate")},
    ),
    (
        "id",
        "Amerika Serikat berharap Suriah dan Lebanon bergabung dengan Abraham Accords.",
        {("LB", "candidate"), ("SY", "candidate")},
    ),
    (
        "ms",
        "Persoalan besar kini ialah sama ada Arab Saudi akan mengikut jejak Kazakhstan menyertai Perjanjian Abraham.",
        {("SA", "candidate")},
    ),
    (
        "ms",
        "Normalisasi dengan Arab Saudi kekal menjadi matlamat akhir pentadbiran Trump dalam usaha meluaskan Perjanjian Abraham.",
        {("SA", "candidate")},
    ),
    (
        "ms",
        "Trump berulang kali menyatakan harapan agar Arab Saudi segera menyertai Perjanjian Abraham.",
        {("SA", "candidate")},
    ),
    (
        "ms",
        "Arab Saudi, yang sekian lama dianggap hadiah terbesar Perjanjian Abraham, setakat ini enggan dan berkeras mahukan negara Palestin terlebih dahulu.",
        {("SA", "candidate"), ("SA", "declined")},
    ),
    (
        "ms",
        "Perjanjian normalisasi Saudi-Israel pernah dilihat sudah di ambang pintu.",
        {("SA", "candidate")},
    ),
    (
        "ms",
        "Riyadh mengaitkan sebarang normalisasi dengan Israel dengan laluan yang jelas ke arah negara Palestin.",
        {("SA", "declined")},
    ),
    (
        "ms",
        "Pihak Saudi menegaskan mereka tidak akan menormalkan hubungan dengan Israel tanpa negara Palestin.",
        {("SA", "declined")},
    ),
    (
        "ms",
        "Rundingan normalisasi antara Arab Saudi dan Israel dibekukan selepas serangan Hamas pada 7 Oktober.",
        {("SA", "lapsed")},
    ),
    (
        "ms",
        "Perang Gaza menyebabkan normalisasi Saudi dengan Israel terpaksa diketepikan.",
        {("SA", "lapsed")},
    ),
    (
        "ms",
        "Mohammed bin Salman dijangka membincangkan soal menyertai Perjanjian Abraham semasa lawatannya ke Washington.",
        {("SA", "candidate")},
    ),
    (
        "ms",
        "Presiden Syria Ahmed al-Sharaa berkata menyertai Perjanjian Abraham bukan agenda buat masa ini.",
        {("SY", "declined")},
    ),
    (
        "ms",
        "Utusan AS Tom Barrack berkata Syria akhirnya boleh menyertai Perjanjian Abraham.",
        {("SY", "candidate")},
    ),
    (
        "ms",
        "Washington mahu Syria dan Lubnan menyertai Perjanjian Abraham.",
        {("LB", "candidate"), ("SY", "candidate")},
    ),
    (
        "ms",
        "Damsyik dilihat oleh Washington sebagai anggota seterusnya Perjanjian Abraham.",
        {("SY", "candidate")},
    ),
    (
        "ms",
        'Trump berkata Arab Saudi akan menyertai Perjanjian Abraham "pada masa yang sesuai".',
        {("SA", "candidate")},
    ),
    (
        "ms",
        "Pegawai di Washington terus menekan Riyadh supaya menandatangani Perjanjian Abraham.",
        {("SA", "candidate")},
    ),
    (
        "ms",
        "Pentadbiran AS yakin Arab Saudi akhirnya akan berlembut dan menyertai Perjanjian Abraham.",
        {("SA", "candidate")},
    ),
    (
        "ms",
        "Arab Saudi sekali lagi menegaskan ia tidak akan menjalinkan hubungan diplomatik dengan Israel selagi negara Palestin merdeka tidak ditubuhkan.",
        {("SA", "declined")},
    ),
    (
        "ms",
        "Kementerian Luar Saudi berkata pendiriannya mengenai normalisasi tidak berubah.",
        {("SA", "declined")},
    ),
    (
        "ms",
        "Arab Saudi menggantung rundingan normalisasi apabila perang Gaza meletus.",
        {("SA", "lapsed")},
    ),
    (
        "ms",
        "Sebelum perang, Arab Saudi dan Israel hampir mencapai perjanjian normalisasi, namun rundingan itu kemudian ditangguhkan.",
        {("SA", "lapsed")},
    ),
    (
        "ms",
        "Trump memberitahu pemberita bahawa beliau percaya Saudi akan menyertai Perjanjian Abraham.",
        {("SA", "candidate")},
    ),
    (
        "ms",
        "Normalisasi Saudi ialah permata mahkota yang masih diburu Trump bagi Perjanjian Abraham.",
        {("SA", "candidate")},
    ),
    (
        "ms",
        "Putera Mahkota Mohammed bin Salman berkata kerajaan itu tidak akan menyertai Perjanjian Abraham sehingga wujud laluan ke arah negara Palestin.",
        {("SA", "declined")},
    ),
    (
        "ms",
        "Al-Sharaa memberitahu pemberita bahawa Syria belum bersedia menyertai Perjanjian Abraham.",
        {("SY", "declined")},
    ),
    (
        "ms",
        "Israel dan Syria mengadakan rundingan yang diantarai AS, yang diharap Washington akan membawa Damsyik ke dalam Perjanjian Abraham.",
        {("SY", "candidate")},
    ),
    (
        "ms",
        "Syria menolak idea menyertai Perjanjian Abraham selagi Israel menduduki Bukit Golan.",
        {("SY", "declined")},
    ),
    (
        "ms",
        "Arab Saudi mengeluarkan kenyataan rasmi pada Selasa. Kerajaan itu menolak kemungkinan normalisasi tanpa negara Palestin.",
        {("SA", "declined")},
    ),
    (
        "ms",
        '"Kami berharap Arab Saudi yang seterusnya," kata presiden mengenai Perjanjian Abraham.',
        {("SA", "candidate")},
    ),
    (
        "ms",
        "MBS berkata beliau mahu Arab Saudi menjadi sebahagian daripada Perjanjian Abraham, tetapi hanya jika ada laluan jelas ke arah penyelesaian dua negara.",
        {("SA", "candidate"), ("SA", "declined")},
    ),
    ("ms", "Perjanjian normalisasi dengan Arab Saudi masih di atas meja.", {("SA", "candidate")}),
    (
        "ms",
        "Trump berusaha keras membawa Arab Saudi ke dalam Perjanjian Abraham.",
        {("SA", "candidate")},
    ),
    (
        "ms",
        "Media Israel menyebut Indonesia antara negara yang berpeluang menyertai Perjanjian Abraham.",
        {("ID", "candidate")},
    ),
    (
        "ms",
        "Indonesia menegaskan ia tidak akan menjalinkan hubungan diplomatik dengan Israel selagi Palestin belum merdeka.",
        {("ID", "declined")},
    ),
    (
        "ms",
        "Perdana Menteri Anwar Ibrahim menegaskan Malaysia tidak akan menyertai Perjanjian Abraham.",
        {("MY", "declined")},
    ),
    (
        "ms",
        "Washington juga sedang berusaha agar Azerbaijan menyertai Perjanjian Abraham.",
        {("AZ", "candidate")},
    ),
    ("ms", "Lubnan menegaskan normalisasi dengan Israel adalah mustahil.", {("LB", "declined")}),
    (
        "ms",
        "Kerajaan Damsyik berkata normalisasi dengan Israel tidak mungkin buat masa ini.",
        {("SY", "declined")},
    ),
    (
        "ms",
        "Perang di Gaza menyebabkan normalisasi Saudi-Israel tertangguh tanpa tarikh.",
        {("SA", "lapsed")},
    ),
    (
        "ms",
        "Proses normalisasi antara Arab Saudi dan Israel terganggu akibat perang Gaza.",
        {("SA", "lapsed")},
    ),
    ("ms", "Bahrain memanggil pulang duta besarnya dari Israel.", {("BH", "lapsed")}),
    (
        "ms",
        "Emiriah Arab Bersatu pada 13 Ogos 2020 bersetuju untuk menormalkan hubungan dengan Israel.",
        {("AE", "announced")},
    ),
    (
        "ms",
        "Bahrain mengumumkan pada September 2020 bahawa ia bersetuju menjalinkan hubungan diplomatik penuh dengan Israel.",
        {("BH", "announced")},
    ),
    (
        "ms",
        "Tekanan AS terhadap Arab Saudi untuk menyertai Perjanjian Abraham semakin meningkat.",
        {("SA", "candidate")},
    ),
    (
        "ms",
        "Trump sedang menyediakan tawaran baharu bagi membawa Saudi menyertai Perjanjian Abraham.",
        {("SA", "candidate")},
    ),
    (
        "ms",
        "Washington berharap Damsyik menjadi negara seterusnya yang menyertai Perjanjian Abraham.",
        {("SY", "candidate")},
    ),
    (
        "ms",
        "Riyadh menegaskan semula ia tidak akan mengiktiraf Israel tanpa negara Palestin.",
        {("SA", "declined")},
    ),
    (
        "ms",
        "Normalisasi dengan Israel tiada dalam agenda Arab Saudi buat masa ini, kata seorang pegawai Saudi.",
        {("SA", "declined")},
    ),
    (
        "ms",
        "Rundingan normalisasi antara Syria dan Israel menemui jalan buntu.",
        {("SY", "lapsed")},
    ),
    (
        "ms",
        "Penyertaan Arab Saudi dalam Perjanjian Abraham hanya soal masa, kata seorang pegawai AS.",
        {("SA", "candidate")},
    ),
    ("ms", "Syria buat masa ini menolak untuk menyertai Perjanjian Abraham.", {("SY", "declined")}),
    (
        "ms",
        "Rumah Putih menantikan Arab Saudi menandatangani Perjanjian Abraham.",
        {("SA", "candidate")},
    ),
    (
        "ms",
        "Trump optimis Arab Saudi akan turut menyertai Perjanjian Abraham.",
        {("SA", "candidate")},
    ),
    (
        "ms",
        "Putera Mohammed bin Salman menegaskan normalisasi dengan Israel mustahil tanpa negara Palestin.",
        {("SA", "declined")},
    ),
    (
        "ms",
        "Pegawai Israel berkata perjanjian normalisasi dengan Arab Saudi sudah di ambang pintu.",
        {("SA", "candidate")},
    ),
    (
        "ms",
        "Washington berharap Riyadh yang seterusnya menyertai Perjanjian Abraham.",
        {("SA", "candidate")},
    ),
    (
        "ms",
        "Rumah Putih masih menantikan Riyadh menyertai Perjanjian Abraham.",
        {("SA", "candidate")},
    ),
    (
        "ms",
        "Washington mendesak Riyadh supaya segera menandatangani Perjanjian Abraham.",
        {("SA", "candidate")},
    ),
    (
        "ms",
        "Damsyik menegaskan normalisasi dengan Israel tidak mungkin berlaku dalam masa terdekat.",
        {("SY", "declined")},
    ),
    (
        "ms",
        "Riyadh berkata normalisasi dengan Israel adalah mustahil tanpa negara Palestin.",
        {("SA", "declined")},
    ),
    (
        "ms",
        "Rundingan normalisasi antara Riyadh dan Israel tertangguh akibat perang di Gaza.",
        {("SA", "lapsed")},
    ),
    (
        "ms",
        "Proses normalisasi Saudi-Israel terpaksa diketepikan selepas serangan 7 Oktober.",
        {("SA", "lapsed")},
    ),
    (
        "ms",
        "Arab Saudi mengaitkan normalisasi dengan penubuhan negara Palestin.",
        {("SA", "declined")},
    ),
    (
        "ms",
        "Al-Sharaa berkata normalisasi dengan Israel bukan keutamaan buat masa ini.",
        {("SY", "declined")},
    ),
    (
        "ms",
        "Washington yakin Arab Saudi akan menyertai Perjanjian Abraham tidak lama lagi.",
        {("SA", "candidate")},
    ),
    (
        "ms",
        "Persoalan terbesar ialah sama ada Arab Saudi akan menyertai Perjanjian Abraham.",
        {("SA", "candidate")},
    ),
    (
        "ms",
        "Normalisasi dengan Arab Saudi disifatkan sebagai permata mahkota Perjanjian Abraham.",
        {("SA", "candidate")},
    ),
    (
        "ms",
        "Amerika Syarikat berharap Syria dan Lubnan menyertai Perjanjian Abraham.",
        {("LB", "candidate"), ("SY", "candidate")},
    ),
    (
        "ms",
        "Indonesia disebut antara negara yang berpeluang menyertai Perjanjian Abraham.",
        {("ID", "candidate")},
    ),
    (
        "ms",
        "Arab Saudi menolak sebarang kemungkinan untuk menormalkan hubungan dengan Israel tanpa negara Palestin.",
        {("SA", "declined")},
    ),
    # leaders, titles and "in X's footsteps"
    (
        "tr",
        "Trump, MBS'in İbrahim Anlaşmaları'na katılmasını umduğunu söyledi.",
        {("SA", "candidate")},
    ),
    (
        "tr",
        "Ahmed Şara, İsrail Golan'dan çekilmeden İbrahim Anlaşmaları'na katılmayacaklarını söyledi.",
        {("SY", "declined")},
    ),
    (
        "tr",
        "Suudi Arabistan'ın Kazakistan'ın izinden giderek İbrahim Anlaşmaları'na katılması bekleniyor.",
        {("SA", "candidate")},
    ),
    (
        "tr",
        "Lübnan Başbakanı Nevvaf Selam, İsrail ile normalleşmenin gündemlerinde olmadığını söyledi.",
        {("LB", "declined")},
    ),
    (
        "tr",
        "Suudi Arabistan yeni bir açıklama yaptı. Veliaht Prens, Filistin devleti kurulmadan İsrail'i tanımayacaklarını yineledi.",
        {("SA", "declined")},
    ),
    (
        "tr",
        "Suudi Arabistan ile İsrail arasındaki normalleşme müzakereleri Ekim 2023'te askıya alındı.",
        {("SA", "lapsed")},
    ),
    (
        "tr",
        "Aliyev'in İbrahim Anlaşmaları'na katılmaya sıcak baktığı bildiriliyor.",
        {("AZ", "candidate")},
    ),
    (
        "tr",
        "Malezya, İsrail ile diplomatik ilişki kurmayacağını bir kez daha açıkladı.",
        {("MY", "declined")},
    ),
    (
        "id",
        "Trump berharap MBS segera membawa Arab Saudi bergabung dengan Abraham Accords.",
        {("SA", "candidate")},
    ),
    (
        "id",
        "Ahmad al-Sharaa menegaskan Suriah tidak akan bergabung dengan Abraham Accords selama Golan diduduki.",
        {("SY", "declined")},
    ),
    (
        "id",
        "Arab Saudi diperkirakan akan mengikuti jejak Kazakhstan bergabung dengan Abraham Accords.",
        {("SA", "candidate")},
    ),
    (
        "id",
        "Perdana Menteri Lebanon Nawaf Salam menegaskan normalisasi dengan Israel tidak ada dalam agenda.",
        {("LB", "declined")},
    ),
    (
        "id",
        "Perundingan normalisasi Saudi-Israel dihentikan pada Oktober 2023.",
        {("SA", "lapsed")},
    ),
    (
        "id",
        "Azerbaijan disebut-sebut bakal bergabung dengan Abraham Accords.",
        {("AZ", "candidate")},
    ),
    (
        "id",
        "Malaysia menegaskan tidak akan menjalin hubungan diplomatik dengan Israel.",
        {("MY", "declined")},
    ),
    (
        "id",
        "Washington menggoda Riyadh dengan pakta pertahanan agar mau bergabung dengan Abraham Accords.",
        {("SA", "candidate")},
    ),
    (
        "ms",
        "Trump berharap MBS segera membawa Arab Saudi menyertai Perjanjian Abraham.",
        {("SA", "candidate")},
    ),
    (
        "ms",
        "Ahmad al-Sharaa menegaskan Syria tidak akan menyertai Perjanjian Abraham selagi Golan diduduki.",
        {("SY", "declined")},
    ),
    (
        "ms",
        "Arab Saudi dijangka mengikut jejak Kazakhstan menyertai Perjanjian Abraham.",
        {("SA", "candidate")},
    ),
    (
        "ms",
        "Perdana Menteri Lubnan Nawaf Salam menegaskan normalisasi dengan Israel tiada dalam agenda.",
        {("LB", "declined")},
    ),
    ("ms", "Rundingan normalisasi Saudi-Israel dihentikan pada Oktober 2023.", {("SA", "lapsed")}),
    ("ms", "Azerbaijan disebut-sebut bakal menyertai Perjanjian Abraham.", {("AZ", "candidate")}),
    (
        "ms",
        "Malaysia menegaskan pendiriannya tidak akan menjalinkan hubungan diplomatik dengan Israel.",
        {("MY", "declined")},
    ),
    (
        "ms",
        "Washington memikat Riyadh dengan pakatan pertahanan supaya menyertai Perjanjian Abraham.",
        {("SA", "candidate")},
    ),
    # 2020 agreements reached, derailed talks, "not even", bargaining, paving the way
    (
        "tr",
        "BAE ve İsrail, 13 Ağustos 2020'de ilişkilerini normalleştirme konusunda anlaşmaya vardı.",
        {("AE", "announced")},
    ),
    (
        "tr",
        "Bahreyn, Eylül 2020'de İsrail ile ilişkilerini normalleştireceğini açıkladı.",
        {("BH", "announced")},
    ),
    (
        "tr",
        "Suudi Arabistan ile İsrail arasındaki normalleşme süreci Gazze savaşıyla raydan çıktı.",
        {("SA", "lapsed")},
    ),
    (
        "tr",
        "Suudi yetkililere göre İsrail ile normalleşme şu aşamada söz konusu bile değil.",
        {("SA", "declined")},
    ),
    (
        "tr",
        "ABD'li yetkililer, Suudi Arabistan'ın İbrahim Anlaşmaları'na katılması için pazarlıkların sürdüğünü söyledi.",
        {("SA", "candidate")},
    ),
    (
        "tr",
        "Suriye ile İsrail arasında ABD arabuluculuğunda yürütülen görüşmelerin Şam'ın İbrahim Anlaşmaları'na katılımının önünü açabileceği belirtiliyor.",
        {("SY", "candidate")},
    ),
    (
        "tr",
        "Trump, Suudilerin İbrahim Anlaşmaları'na imza atacağından emin olduğunu söyledi.",
        {("SA", "candidate")},
    ),
    (
        "id",
        "Uni Emirat Arab dan Israel pada 13 Agustus 2020 mencapai kesepakatan untuk menormalisasi hubungan.",
        {("AE", "announced")},
    ),
    (
        "id",
        "Bahrain pada September 2020 mengumumkan akan menormalisasi hubungan dengan Israel.",
        {("BH", "announced")},
    ),
    ("id", "Proses normalisasi Saudi-Israel tergelincir akibat perang Gaza.", {("SA", "lapsed")}),
    (
        "id",
        "Menurut pejabat Saudi, normalisasi dengan Israel saat ini sama sekali tidak mungkin.",
        {("SA", "declined")},
    ),
    (
        "id",
        "Pejabat AS mengatakan tawar-menawar soal bergabungnya Arab Saudi ke Abraham Accords masih berlangsung.",
        {("SA", "candidate")},
    ),
    (
        "id",
        "Pembicaraan Suriah-Israel yang dimediasi AS disebut dapat membuka jalan bagi Damaskus untuk bergabung dengan Abraham Accords.",
        {("SY", "candidate")},
    ),
    ("id", "Trump yakin Saudi akan meneken Abraham Accords.", {("SA", "candidate")}),
    (
        "ms",
        "Emiriah Arab Bersatu dan Israel pada 13 Ogos 2020 mencapai persetujuan untuk menormalkan hubungan.",
        {("AE", "announced")},
    ),
    (
        "ms",
        "Bahrain pada September 2020 mengumumkan akan menormalkan hubungan dengan Israel.",
        {("BH", "announced")},
    ),
    ("ms", "Proses normalisasi Saudi-Israel tergelincir akibat perang Gaza.", {("SA", "lapsed")}),
    (
        "ms",
        "Menurut pegawai Saudi, normalisasi dengan Israel buat masa ini langsung tidak mungkin.",
        {("SA", "declined")},
    ),
    (
        "ms",
        "Pegawai AS berkata tawar-menawar mengenai penyertaan Arab Saudi dalam Perjanjian Abraham masih berjalan.",
        {("SA", "candidate")},
    ),
    (
        "ms",
        "Rundingan Syria-Israel yang diantarai AS dikatakan boleh membuka jalan kepada Damsyik untuk menyertai Perjanjian Abraham.",
        {("SY", "candidate")},
    ),
    ("ms", "Trump yakin Saudi akan menandatangani Perjanjian Abraham.", {("SA", "candidate")}),
    # an accession discussed, a dream or a target, winning X over, close to normalising,
    # no plans, a call to normalise rejected
    (
        "tr",
        "Riyad'ın İbrahim Anlaşmaları'na dahil edilmesi, Washington'ın bölgedeki en önemli hedeflerinden biri.",
        {("SA", "candidate")},
    ),
    (
        "tr",
        "Suudi Arabistan'ı İbrahim Anlaşmaları'na kazandırmak için diplomatik temaslar yoğunlaştı.",
        {("SA", "candidate")},
    ),
    (
        "tr",
        "Riyad, Filistin devleti kurulmadıkça İsrail ile normalleşmenin masada olmadığını vurguladı.",
        {("SA", "declined")},
    ),
    (
        "tr",
        "Suudi Arabistan, İsrail ile normalleşmeyi bağımsız bir Filistin devletinin kurulmasına bağlıyor.",
        {("SA", "declined")},
    ),
    (
        "tr",
        "Suudi-İsrail normalleşme müzakereleri, Gazze'deki savaşın ardından durma noktasına geldi.",
        {("SA", "lapsed")},
    ),
    (
        "tr",
        "ABD yönetimi, Şam'ı İsrail ile normalleşmeye ikna etmeye çalışıyor.",
        {("SY", "candidate")},
    ),
    (
        "tr",
        "Suriye Dışişleri Bakanı Şeybani, İbrahim Anlaşmaları'na katılma gibi bir planlarının olmadığını söyledi.",
        {("SY", "declined")},
    ),
    (
        "tr",
        "İsrail medyası, Endonezya'nın İsrail ile ilişkileri normalleştirmeye yakın olduğunu iddia etti.",
        {("ID", "candidate")},
    ),
    (
        "tr",
        "Malezya, İsrail ile normalleşme çağrılarını kesin bir dille reddetti.",
        {("MY", "declined")},
    ),
    (
        "tr",
        "Azerbaycan'ın İbrahim Anlaşmaları'na katılımı, ABD ile yapılan görüşmelerde masaya yatırıldı.",
        {("AZ", "candidate")},
    ),
    (
        "tr",
        "Suudi Arabistan'ın İbrahim Anlaşmaları'na katılması Trump'ın en büyük hayali.",
        {("SA", "candidate")},
    ),
    (
        "tr",
        "Suudi Arabistan'ın İsrail ile normalleşme adımları 7 Ekim'den sonra askıya alındı.",
        {("SA", "lapsed")},
    ),
    (
        "id",
        "Masuknya Riyadh ke dalam Abraham Accords menjadi salah satu target terpenting Washington di kawasan.",
        {("SA", "candidate")},
    ),
    (
        "id",
        "Kontak diplomatik untuk membujuk Arab Saudi bergabung dengan Abraham Accords semakin intensif.",
        {("SA", "candidate")},
    ),
    (
        "id",
        "Riyadh menegaskan normalisasi dengan Israel tidak ada di atas meja selama negara Palestina belum berdiri.",
        {("SA", "declined")},
    ),
    (
        "id",
        "Arab Saudi mensyaratkan berdirinya negara Palestina merdeka sebelum normalisasi dengan Israel.",
        {("SA", "declined")},
    ),
    (
        "id",
        "Perundingan normalisasi Saudi-Israel terhenti sejak perang di Gaza pecah.",
        {("SA", "lapsed")},
    ),
    (
        "id",
        "Pemerintahan Trump berupaya meyakinkan Damaskus untuk menormalisasi hubungan dengan Israel.",
        {("SY", "candidate")},
    ),
    (
        "id",
        "Menteri Luar Negeri Suriah Asaad al-Shaibani mengatakan Damaskus tidak punya rencana bergabung dengan Abraham Accords.",
        {("SY", "declined")},
    ),
    (
        "id",
        "Media Israel mengklaim Indonesia sudah dekat untuk menormalisasi hubungan dengan Israel.",
        {("ID", "candidate")},
    ),
    (
        "id",
        "Malaysia dengan tegas menolak seruan untuk menormalisasi hubungan dengan Israel.",
        {("MY", "declined")},
    ),
    (
        "id",
        "Keikutsertaan Azerbaijan dalam Abraham Accords dibahas dalam pertemuan dengan pejabat AS.",
        {("AZ", "candidate")},
    ),
    (
        "id",
        "Bergabungnya Arab Saudi dengan Abraham Accords adalah impian terbesar Trump.",
        {("SA", "candidate")},
    ),
    (
        "id",
        "Langkah normalisasi Arab Saudi dengan Israel ditangguhkan setelah 7 Oktober.",
        {("SA", "lapsed")},
    ),
    (
        "ms",
        "Penyertaan Riyadh dalam Perjanjian Abraham menjadi antara sasaran terpenting Washington di rantau itu.",
        {("SA", "candidate")},
    ),
    (
        "ms",
        "Usaha diplomatik untuk memujuk Arab Saudi menyertai Perjanjian Abraham semakin giat.",
        {("SA", "candidate")},
    ),
    (
        "ms",
        "Riyadh menegaskan normalisasi dengan Israel tiada di atas meja selagi negara Palestin tidak ditubuhkan.",
        {("SA", "declined")},
    ),
    (
        "ms",
        "Arab Saudi mensyaratkan penubuhan negara Palestin merdeka sebelum normalisasi dengan Israel.",
        {("SA", "declined")},
    ),
    (
        "ms",
        "Rundingan normalisasi Saudi-Israel terhenti sejak perang di Gaza meletus.",
        {("SA", "lapsed")},
    ),
    (
        "ms",
        "Pentadbiran Trump berusaha meyakinkan Damsyik untuk menormalkan hubungan dengan Israel.",
        {("SY", "candidate")},
    ),
    (
        "ms",
        "Menteri Luar Syria Asaad al-Shaibani berkata Damsyik tiada rancangan untuk menyertai Perjanjian Abraham.",
        {("SY", "declined")},
    ),
    (
        "ms",
        "Media Israel mendakwa Indonesia sudah hampir menormalkan hubungan dengan Israel.",
        {("ID", "candidate")},
    ),
    (
        "ms",
        "Malaysia dengan tegas menolak gesaan untuk menormalkan hubungan dengan Israel.",
        {("MY", "declined")},
    ),
    (
        "ms",
        "Penyertaan Azerbaijan dalam Perjanjian Abraham dibincangkan dalam pertemuan dengan pegawai AS.",
        {("AZ", "candidate")},
    ),
    (
        "ms",
        "Penyertaan Arab Saudi dalam Perjanjian Abraham ialah impian terbesar Trump.",
        {("SA", "candidate")},
    ),
    (
        "ms",
        "Langkah normalisasi Arab Saudi dengan Israel ditangguhkan selepas 7 Oktober.",
        {("SA", "lapsed")},
    ),
    # readiness to recognise on a condition (interest only, as the golden set labels it),
    # "the kingdom" in the next sentence, talks held for a joining, soon joining
    (
        "tr",
        "Prabowo, Filistin devleti tanınırsa Endonezya'nın İsrail'i tanımaya hazır olduğunu söyledi.",
        {("ID", "candidate")},
    ),
    (
        "tr",
        "Suudi Arabistan İbrahim Anlaşmaları'nın dışında kalmaya devam ediyor. Washington ise krallığın anlaşmalara katılmasını bekliyor.",
        {("SA", "candidate")},
    ),
    (
        "tr",
        "Lübnan Cumhurbaşkanı Joseph Aoun, İsrail ile normalleşmenin gündemde olmadığını söyledi.",
        {("LB", "declined")},
    ),
    (
        "tr",
        "Malezya Dışişleri Bakanlığı, ülkenin İsrail'i tanımayacağını yineledi.",
        {("MY", "declined")},
    ),
    (
        "tr",
        "Trump, Suriye'nin İbrahim Anlaşmaları'na katılması için Şara ile görüştü.",
        {("SY", "candidate")},
    ),
    (
        "tr",
        "Riyad ile Tel Aviv arasındaki normalleşme temasları Gazze savaşıyla askıya alındı.",
        {("SA", "lapsed")},
    ),
    (
        "tr",
        "Bakü'nün İbrahim Anlaşmaları'na katılması için Washington'da görüşmeler yapılıyor.",
        {("AZ", "candidate")},
    ),
    (
        "tr",
        "Suudi Arabistan Dışişleri Bakanı Faysal bin Ferhan, Filistin devleti kurulmadan normalleşmenin olmayacağını söyledi.",
        {("SA", "declined")},
    ),
    (
        "id",
        "Prabowo menyatakan Indonesia siap mengakui Israel jika Israel mengakui negara Palestina.",
        {("ID", "candidate")},
    ),
    (
        "id",
        "Arab Saudi masih berada di luar Abraham Accords. Washington berharap kerajaan itu segera bergabung.",
        {("SA", "candidate")},
    ),
    (
        "id",
        "Presiden Lebanon Joseph Aoun menegaskan normalisasi dengan Israel tidak ada dalam agenda.",
        {("LB", "declined")},
    ),
    (
        "id",
        "Kementerian Luar Negeri Malaysia kembali menegaskan tidak akan mengakui Israel.",
        {("MY", "declined")},
    ),
    (
        "id",
        "Trump bertemu al-Sharaa untuk membahas kemungkinan Suriah bergabung dengan Abraham Accords.",
        {("SY", "candidate")},
    ),
    (
        "id",
        "Kontak normalisasi antara Riyadh dan Tel Aviv dihentikan akibat perang Gaza.",
        {("SA", "lapsed")},
    ),
    (
        "id",
        "Pembicaraan tentang kemungkinan Baku bergabung dengan Abraham Accords digelar di Washington.",
        {("AZ", "candidate")},
    ),
    (
        "id",
        "Menteri Luar Negeri Saudi Faisal bin Farhan mengatakan tidak akan ada normalisasi tanpa negara Palestina.",
        {("SA", "declined")},
    ),
    (
        "ms",
        "Prabowo berkata Indonesia bersedia mengiktiraf Israel jika Israel mengiktiraf negara Palestin.",
        {("ID", "candidate")},
    ),
    (
        "ms",
        "Arab Saudi masih berada di luar Perjanjian Abraham. Washington berharap kerajaan itu segera menyertainya.",
        {("SA", "candidate")},
    ),
    (
        "ms",
        "Presiden Lubnan Joseph Aoun menegaskan normalisasi dengan Israel tiada dalam agenda.",
        {("LB", "declined")},
    ),
    (
        "ms",
        "Wisma Putra sekali lagi menegaskan Malaysia tidak akan mengiktiraf Israel.",
        {("MY", "declined")},
    ),
    (
        "ms",
        "Trump bertemu al-Sharaa untuk membincangkan kemungkinan Syria menyertai Perjanjian Abraham.",
        {("SY", "candidate")},
    ),
    (
        "ms",
        "Hubungan normalisasi antara Riyadh dan Tel Aviv dibekukan akibat perang Gaza.",
        {("SA", "lapsed")},
    ),
    (
        "ms",
        "Perbincangan mengenai kemungkinan Baku menyertai Perjanjian Abraham diadakan di Washington.",
        {("AZ", "candidate")},
    ),
    (
        "ms",
        "Menteri Luar Saudi Faisal bin Farhan berkata tidak akan ada normalisasi tanpa negara Palestin.",
        {("SA", "declined")},
    ),
    # doors closed, a joining talked about (and not on the agenda), unthinkable, hopes
    # raised by a visit, calls to join turned down
    (
        "tr",
        "Suudi yönetiminin İbrahim Anlaşmaları'na katılmaya ikna edilmesi bekleniyor.",
        {("SA", "candidate")},
    ),
    (
        "tr",
        "Trump, Suudi Arabistan'ın İbrahim Anlaşmaları'na çok yakında katılacağını düşündüğünü söyledi.",
        {("SA", "candidate")},
    ),
    (
        "tr",
        "Suudi Arabistan, İsrail'le ilişkilerin normalleşmesinin ancak Filistin devletinin kurulmasıyla mümkün olacağını açıkladı.",
        {("SA", "declined")},
    ),
    (
        "tr",
        "Riyad yönetimi İsrail ile normalleşmeye kapıları kapattığını duyurdu.",
        {("SA", "declined")},
    ),
    (
        "tr",
        "Suudi Arabistan, İsrail ile yürüttüğü normalleşme görüşmelerini dondurduğunu açıkladı.",
        {("SA", "lapsed")},
    ),
    (
        "tr",
        "Suriye'nin de ilerleyen dönemde İbrahim Anlaşmaları'na katılması gündemde.",
        {("SY", "candidate")},
    ),
    (
        "tr",
        "Şam, İsrail Golan'ı işgal etmeye devam ettikçe normalleşmenin düşünülemeyeceğini açıkladı.",
        {("SY", "declined")},
    ),
    (
        "tr",
        "ABD, Lübnan'ı İsrail ile doğrudan müzakerelere başlamaya zorluyor.",
        {("LB", "candidate")},
    ),
    (
        "tr",
        "Veliaht Prens Muhammed bin Selman'ın Beyaz Saray ziyareti, Suudi-İsrail normalleşmesine dair beklentileri artırdı.",
        {("SA", "candidate")},
    ),
    (
        "tr",
        "Suudi Arabistan, İbrahim Anlaşmaları'na katılma çağrılarını geri çevirdi.",
        {("SA", "declined")},
    ),
    (
        "id",
        "Pemerintah Saudi diperkirakan akan dibujuk untuk bergabung dengan Abraham Accords.",
        {("SA", "candidate")},
    ),
    (
        "id",
        "Trump mengatakan ia berpikir Arab Saudi akan bergabung dengan Abraham Accords dalam waktu dekat.",
        {("SA", "candidate")},
    ),
    (
        "id",
        "Arab Saudi menyatakan normalisasi dengan Israel hanya mungkin terjadi setelah negara Palestina berdiri.",
        {("SA", "declined")},
    ),
    ("id", "Riyadh menutup pintu bagi normalisasi dengan Israel.", {("SA", "declined")}),
    (
        "id",
        "Arab Saudi mengumumkan telah membekukan pembicaraan normalisasi dengan Israel.",
        {("SA", "lapsed")},
    ),
    (
        "id",
        "Bergabungnya Suriah dengan Abraham Accords di masa mendatang kini ramai dibicarakan.",
        {("SY", "candidate")},
    ),
    (
        "id",
        "Damaskus menyatakan normalisasi tidak terpikirkan selama Israel masih menduduki Golan.",
        {("SY", "declined")},
    ),
    (
        "id",
        "Kunjungan Putra Mahkota Mohammed bin Salman ke Gedung Putih memunculkan harapan akan normalisasi Saudi-Israel.",
        {("SA", "candidate")},
    ),
    (
        "id",
        "Arab Saudi menolak seruan untuk bergabung dengan Abraham Accords.",
        {("SA", "declined")},
    ),
    (
        "id",
        "Pihak Riyadh dikabarkan sedang mempertimbangkan untuk bergabung dengan Abraham Accords.",
        {("SA", "candidate")},
    ),
    (
        "ms",
        "Kerajaan Saudi dijangka akan dipujuk untuk menyertai Perjanjian Abraham.",
        {("SA", "candidate")},
    ),
    (
        "ms",
        "Trump berkata beliau berpendapat Arab Saudi akan menyertai Perjanjian Abraham dalam masa terdekat.",
        {("SA", "candidate")},
    ),
    (
        "ms",
        "Arab Saudi menyatakan normalisasi dengan Israel hanya mungkin berlaku selepas negara Palestin ditubuhkan.",
        {("SA", "declined")},
    ),
    ("ms", "Riyadh menutup pintu kepada normalisasi dengan Israel.", {("SA", "declined")}),
    (
        "ms",
        "Arab Saudi mengumumkan telah membekukan rundingan normalisasi dengan Israel.",
        {("SA", "lapsed")},
    ),
    (
        "ms",
        "Penyertaan Syria dalam Perjanjian Abraham pada masa hadapan kini hangat diperkatakan.",
        {("SY", "candidate")},
    ),
    (
        "ms",
        "Damsyik menyatakan normalisasi tidak terfikir selagi Israel menduduki Golan.",
        {("SY", "declined")},
    ),
    (
        "ms",
        "Lawatan Putera Mahkota Mohammed bin Salman ke Rumah Putih menimbulkan harapan terhadap normalisasi Saudi-Israel.",
        {("SA", "candidate")},
    ),
    ("ms", "Arab Saudi menolak gesaan untuk menyertai Perjanjian Abraham.", {("SA", "declined")}),
    (
        "ms",
        "Pihak Riyadh dilaporkan sedang mempertimbangkan untuk menyertai Perjanjian Abraham.",
        {("SA", "candidate")},
    ),
    ("tr", "Suriye'nin İbrahim Anlaşmaları'na katılması gündemde değil.", {("SY", "declined")}),
    # all eyes on X, undecided, the conditions X set, back-channel and continuing talks, the next target
    (
        "tr",
        "Suudi Arabistan, İbrahim Anlaşmaları'na katılıp katılmama konusunda henüz karar vermedi.",
        {("SA", "candidate")},
    ),
    (
        "tr",
        "Suudi Arabistan'ın normalleşme için öne sürdüğü şartlar arasında bağımsız Filistin devleti yer alıyor.",
        {("SA", "declined")},
    ),
    (
        "tr",
        "ABD'nin Suudi Arabistan ile yürüttüğü normalleşme müzakereleri sürüyor.",
        {("SA", "candidate")},
    ),
    (
        "tr",
        "Suudi Arabistan ile İsrail arasında normalleşme için arka kanal görüşmeleri yapılıyor.",
        {("SA", "candidate")},
    ),
    (
        "tr",
        "Şam ile Tel Aviv arasında normalleşmeye yönelik temaslar ilerliyor.",
        {("SY", "candidate")},
    ),
    (
        "tr",
        "Beyaz Saray'ın İbrahim Anlaşmaları için bir sonraki hedefi Suudi Arabistan.",
        {("SA", "candidate")},
    ),
    (
        "id",
        "Dalam Abraham Accords, semua mata kini tertuju pada Arab Saudi.",
        {("SA", "candidate")},
    ),
    (
        "id",
        "Arab Saudi belum memutuskan apakah akan bergabung dengan Abraham Accords.",
        {("SA", "candidate")},
    ),
    (
        "id",
        "Syarat yang diajukan Arab Saudi untuk normalisasi dengan Israel termasuk berdirinya negara Palestina.",
        {("SA", "declined")},
    ),
    (
        "id",
        "Perundingan normalisasi antara AS dan Arab Saudi masih berlangsung.",
        {("SA", "candidate")},
    ),
    (
        "id",
        "Pembicaraan jalur belakang tentang normalisasi antara Arab Saudi dan Israel terus berlangsung.",
        {("SA", "candidate")},
    ),
    (
        "id",
        "Kontak menuju normalisasi antara Damaskus dan Tel Aviv terus mengalami kemajuan.",
        {("SY", "candidate")},
    ),
    (
        "id",
        "Target berikutnya Gedung Putih untuk Abraham Accords adalah Arab Saudi.",
        {("SA", "candidate")},
    ),
    (
        "ms",
        "Dalam Perjanjian Abraham, semua mata kini tertumpu kepada Arab Saudi.",
        {("SA", "candidate")},
    ),
    (
        "ms",
        "Arab Saudi belum memutuskan sama ada akan menyertai Perjanjian Abraham.",
        {("SA", "candidate")},
    ),
    (
        "ms",
        "Syarat yang dikemukakan Arab Saudi untuk normalisasi dengan Israel termasuk penubuhan negara Palestin.",
        {("SA", "declined")},
    ),
    ("ms", "Rundingan normalisasi antara AS dan Arab Saudi masih berjalan.", {("SA", "candidate")}),
    (
        "ms",
        "Perbincangan saluran belakang mengenai normalisasi antara Arab Saudi dan Israel terus berlangsung.",
        {("SA", "candidate")},
    ),
    (
        "ms",
        "Hubungan ke arah normalisasi antara Damsyik dan Tel Aviv terus menunjukkan kemajuan.",
        {("SY", "candidate")},
    ),
    (
        "ms",
        "Sasaran seterusnya Rumah Putih bagi Perjanjian Abraham ialah Arab Saudi.",
        {("SA", "candidate")},
    ),
]


@pytest.mark.parametrize("language,sentence,expected", CASES)
def test_round11_trmsid(language, sentence, expected):
    assert coarse(sentence, language) == expected


# other deals, a venue, a group, a threat: no claim
CONTROLS = [
    (
        "tr",
        "Suudi Arabistan, Riyad'da Gazze'nin geleceğine ilişkin bir zirveye ev sahipliği yaptı.",
    ),
    ("tr", "Somaliland'in tanınması İbrahim Anlaşmaları ruhuyla yapıldı, dedi Netanyahu."),
    ("tr", "Endonezya, Gazze için kurulan Barış Kurulu'na katılacağını açıkladı."),
    (
        "tr",
        "Bazı Arap ülkeleri, İsrail'in politikaları nedeniyle anlaşmalardan çekilmekle tehdit etti.",
    ),
    ("id", "Arab Saudi menjadi tuan rumah pertemuan di Riyadh tentang masa depan Gaza."),
    (
        "id",
        "Netanyahu mengatakan pengakuan terhadap Somaliland dilakukan dalam semangat Abraham Accords.",
    ),
    ("id", "Indonesia menyatakan akan bergabung dengan Dewan Perdamaian untuk Gaza."),
    ("id", "Sejumlah negara Arab mengancam keluar dari kesepakatan itu karena kebijakan Israel."),
    ("ms", "Arab Saudi menjadi tuan rumah sidang kemuncak di Riyadh mengenai masa depan Gaza."),
    (
        "ms",
        "Netanyahu berkata pengiktirafan terhadap Somaliland dibuat dalam semangat Perjanjian Abraham.",
    ),
    ("ms", "Indonesia mengumumkan akan menyertai Lembaga Keamanan untuk Gaza."),
    (
        "ms",
        "Beberapa negara Arab mengugut untuk keluar daripada perjanjian itu kerana dasar Israel.",
    ),
    ("tr", "Endonezya, Trump'ın Gazze planını desteklediğini açıkladı."),
    ("tr", "Suudi Arabistan, Somaliland'in tanınmasını kınadı."),
    ("tr", "Riyad'da düzenlenen yatırım forumuna İsrailli iş insanları da katıldı."),
    ("id", "Indonesia menyatakan dukungan terhadap rencana perdamaian Trump untuk Gaza."),
    ("id", "Arab Saudi mengecam pengakuan Israel terhadap Somaliland."),
    ("id", "Pengusaha Israel turut hadir dalam forum investasi di Riyadh."),
    ("ms", "Indonesia menyatakan sokongan terhadap pelan damai Trump untuk Gaza."),
    ("ms", "Arab Saudi mengecam pengiktirafan Israel terhadap Somaliland."),
    ("ms", "Ahli perniagaan Israel turut hadir dalam forum pelaburan di Riyadh."),
    ("tr", "Suriye ile İsrail arasında bir güvenlik anlaşması için görüşmeler sürüyor."),
    ("tr", "Suudi Arabistan, İbrahim Anlaşmaları'nın beşinci yıl dönümünde bir açıklama yapmadı."),
    ("id", "Suriah dan Israel tengah merundingkan perjanjian keamanan."),
    ("id", "Arab Saudi tidak memberikan komentar pada peringatan lima tahun Abraham Accords."),
    ("ms", "Syria dan Israel sedang merundingkan perjanjian keselamatan."),
    (
        "ms",
        "Arab Saudi tidak memberikan sebarang komen sempena ulang tahun kelima Perjanjian Abraham.",
    ),
    # the new cues' words about other things, alone and after a sentence naming the accords
    # (another club joined, the UN, troops, trade talks, a defence pact on the table)
    ("tr", "Suudi Arabistan, Riyad'da düzenlenen zirvede Gazze için ateşkes çağrısında bulundu."),
    ("tr", "Endonezya, Gazze'ye barış gücü göndermeye hazır olduğunu açıkladı."),
    ("tr", "Suudi Arabistan'ın BRICS'e katılması gündemde."),
    ("tr", "Azerbaycan ile İsrail arasındaki ticaret görüşmeleri kesintiye uğradı."),
    ("tr", "Türkiye, İsrail ile ticareti askıya aldı."),
    ("tr", "Malezya, Gazze'deki saldırıları kınadı ve ateşkes çağrısında bulundu."),
    ("tr", "Trump'ın en büyük hayali Nobel Barış Ödülü'nü kazanmak."),
    ("tr", "Suudi Arabistan ile ABD arasındaki savunma anlaşması masada duruyor."),
    (
        "tr",
        "İbrahim Anlaşmaları genişlemeye devam ediyor. Suudi Arabistan, Riyad'da düzenlenen zirvede Gazze için ateşkes çağrısında bulundu.",
    ),
    (
        "tr",
        "İbrahim Anlaşmaları genişlemeye devam ediyor. Endonezya, Gazze'ye barış gücü göndermeye hazır olduğunu açıkladı.",
    ),
    (
        "tr",
        "İbrahim Anlaşmaları genişlemeye devam ediyor. Suudi Arabistan'ın BRICS'e katılması gündemde.",
    ),
    (
        "tr",
        "İbrahim Anlaşmaları genişlemeye devam ediyor. Azerbaycan ile İsrail arasındaki ticaret görüşmeleri kesintiye uğradı.",
    ),
    (
        "tr",
        "İbrahim Anlaşmaları genişlemeye devam ediyor. Türkiye, İsrail ile ticareti askıya aldı.",
    ),
    (
        "tr",
        "İbrahim Anlaşmaları genişlemeye devam ediyor. Malezya, Gazze'deki saldırıları kınadı ve ateşkes çağrısında bulundu.",
    ),
    (
        "tr",
        "İbrahim Anlaşmaları genişlemeye devam ediyor. Trump'ın en büyük hayali Nobel Barış Ödülü'nü kazanmak.",
    ),
    (
        "tr",
        "İbrahim Anlaşmaları genişlemeye devam ediyor. Suudi Arabistan ile ABD arasındaki savunma anlaşması masada duruyor.",
    ),
    ("id", "Indonesia siap mengirim pasukan perdamaian ke Gaza."),
    ("id", "Harapan akan perdamaian di Gaza kembali muncul setelah gencatan senjata."),
    ("id", "Bergabungnya Indonesia dengan BRICS ramai dibicarakan."),
    ("id", "Pembicaraan dagang Indonesia dengan Uni Eropa terhambat."),
    ("id", "Pemerintah Saudi mengecam serangan Israel di Gaza dan menyerukan gencatan senjata."),
    ("id", "Perjanjian pertahanan antara Arab Saudi dan AS masih ada di atas meja."),
    ("id", "Malaysia menolak seruan untuk memboikot Piala Dunia."),
    ("id", "Indonesia berharap Palestina segera menjadi anggota penuh PBB."),
    ("id", "Abraham Accords terus diperluas. Indonesia siap mengirim pasukan perdamaian ke Gaza."),
    (
        "id",
        "Abraham Accords terus diperluas. Harapan akan perdamaian di Gaza kembali muncul setelah gencatan senjata.",
    ),
    (
        "id",
        "Abraham Accords terus diperluas. Bergabungnya Indonesia dengan BRICS ramai dibicarakan.",
    ),
    (
        "id",
        "Abraham Accords terus diperluas. Pembicaraan dagang Indonesia dengan Uni Eropa terhambat.",
    ),
    (
        "id",
        "Abraham Accords terus diperluas. Pemerintah Saudi mengecam serangan Israel di Gaza dan menyerukan gencatan senjata.",
    ),
    (
        "id",
        "Abraham Accords terus diperluas. Perjanjian pertahanan antara Arab Saudi dan AS masih ada di atas meja.",
    ),
    ("id", "Abraham Accords terus diperluas. Malaysia menolak seruan untuk memboikot Piala Dunia."),
    (
        "id",
        "Abraham Accords terus diperluas. Indonesia berharap Palestina segera menjadi anggota penuh PBB.",
    ),
    ("ms", "Malaysia menolak gesaan untuk menghantar tentera ke Gaza."),
    ("ms", "Harapan terhadap keamanan di Gaza kembali muncul selepas gencatan senjata."),
    ("ms", "Penyertaan Malaysia dalam BRICS hangat diperkatakan."),
    ("ms", "Rundingan perdagangan Malaysia dengan Kesatuan Eropah tertangguh."),
    ("ms", "Arab Saudi mengecam serangan Israel di Gaza dan menggesa gencatan senjata."),
    ("ms", "Perjanjian pertahanan antara Arab Saudi dan AS masih di atas meja."),
    ("ms", "Indonesia berharap Palestin segera menjadi anggota penuh PBB."),
    ("ms", "Anwar Ibrahim berkata Malaysia akan terus menyokong perjuangan rakyat Palestin."),
    (
        "ms",
        "Perjanjian Abraham terus diperluaskan. Malaysia menolak gesaan untuk menghantar tentera ke Gaza.",
    ),
    (
        "ms",
        "Perjanjian Abraham terus diperluaskan. Harapan terhadap keamanan di Gaza kembali muncul selepas gencatan senjata.",
    ),
    (
        "ms",
        "Perjanjian Abraham terus diperluaskan. Penyertaan Malaysia dalam BRICS hangat diperkatakan.",
    ),
    (
        "ms",
        "Perjanjian Abraham terus diperluaskan. Rundingan perdagangan Malaysia dengan Kesatuan Eropah tertangguh.",
    ),
    (
        "ms",
        "Perjanjian Abraham terus diperluaskan. Arab Saudi mengecam serangan Israel di Gaza dan menggesa gencatan senjata.",
    ),
    (
        "ms",
        "Perjanjian Abraham terus diperluaskan. Perjanjian pertahanan antara Arab Saudi dan AS masih di atas meja.",
    ),
    (
        "ms",
        "Perjanjian Abraham terus diperluaskan. Indonesia berharap Palestin segera menjadi anggota penuh PBB.",
    ),
    (
        "ms",
        "Perjanjian Abraham terus diperluaskan. Anwar Ibrahim berkata Malaysia akan terus menyokong perjuangan rakyat Palestin.",
    ),
]


@pytest.mark.parametrize("language,sentence", CONTROLS)
def test_round11_trmsid_controls(language, sentence):
    assert coarse(sentence, language) == set()


def coarse(text, language):
    return _coarse(text, language, names=True)
