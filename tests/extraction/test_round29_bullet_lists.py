"""Members set out in lines after a colon, a dash or bullet opening each line and a bracketed
date closing it with no comma ("The accords' current members are:\\n- United Arab Emirates
(September 2020)\\n- Bahrain (September 2020)"): the lines are one sentence with the colon's
(`sentences._inside_bullet_list`), each break between two items read as a comma and the
bullet as a space (`claims._unwrapped`), and a line that opens with a dash is no dateline ("KUALA LUMPUR - " has its dash on its own line). Near misses: bullet
lines after a line with no colon stay sentences of their own, and a dateline with its dash on
the line still names no actor.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, challenge_params, check_case

CASES = {
    "en": [
        (
            "Who is in the Abraham Accords?\n\nThe accords' current members are:\n"
            "- United Arab Emirates (September 2020)\n- Bahrain (September 2020)\n"
            "- Morocco (December 2020)\n- Sudan (January 2021)\n\nEgypt and Jordan have separate "
            "treaties.",
            {
                ("AE", S, "2020-09"),
                ("BH", S, "2020-09"),
                ("MA", S, "2020-12"),
                ("SD", S, "2021-01"),
            },
        ),
        (
            # (a first signatory's line with its 2020 date is a member's line of its own:
            # test_round29_member_lines.py; other countries' lines name no member)
            "The Abraham Accords in brief\n\n- Saudi Arabia (September 2020)\n"
            "- Oman (September 2020)\n\nNo more to say.",
            set(),
        ),
        (
            "ABU DHABI - The United Arab Emirates marked five years of the Abraham Accords, which "
            "it signed in September 2020.",
            {("AE", S, "2020-09")},
        ),
    ],
    "fr": [
        (
            "Qui fait partie des accords d'Abraham ?\n\nLes membres actuels des accords sont :\n"
            "- Émirats arabes unis (septembre 2020)\n- Bahreïn (septembre 2020)\n"
            "- Maroc (décembre 2020)\n- Soudan (janvier 2021)\n\nL'Égypte et la Jordanie ont des "
            "traités séparés.",
            {
                ("AE", S, "2020-09"),
                ("BH", S, "2020-09"),
                ("MA", S, "2020-12"),
                ("SD", S, "2021-01"),
            },
        ),
    ],
    "ar": [
        (
            "من هي الدول الأعضاء في اتفاقيات أبراهام؟\n\nالدول الأعضاء في الاتفاقيات هي:\n"
            "- الإمارات (سبتمبر 2020)\n- البحرين (سبتمبر 2020)\n- المغرب (ديسمبر 2020)\n"
            "- السودان (يناير 2021)\n\nولمصر والأردن معاهدتا سلام منفصلتان.",
            {
                ("AE", S, "2020-09"),
                ("BH", S, "2020-09"),
                ("MA", S, "2020-12"),
                ("SD", S, "2021-01"),
            },
        ),
    ],
    "tr": [
        (
            "İbrahim Anlaşmaları.\n\nİbrahim Anlaşmaları'nın bugünkü üyeleri şunlar:\n"
            "- Birleşik Arap Emirlikleri (Eylül 2020)\n- Bahreyn (Eylül 2020)\n- Fas (Aralık 2020)"
            "\n\nSon.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09"), ("MA", S, "2020-12")},
        ),
        (
            "İbrahim Anlaşmaları'nda kimler var?\n\nAnlaşmanın bugünkü üyeleri şunlar:\n"
            "- Birleşik Arap Emirlikleri (Eylül 2020)\n- Bahreyn (Eylül 2020)\n- Fas (Aralık 2020)"
            "\n\nSon.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09"), ("MA", S, "2020-12")},
        ),
    ],
    "he": [
        (
            "מי חברה בהסכמי אברהם?\n\nאלה החברות בהסכמים:\n- איחוד האמירויות (ספטמבר 2020)\n"
            "- בחריין (ספטמבר 2020)\n- מרוקו (דצמבר 2020)\n- סודן (ינואר 2021)\n\nלמצרים "
            "ולירדן הסכמי שלום נפרדים.",
            {
                ("AE", S, "2020-09"),
                ("BH", S, "2020-09"),
                ("MA", S, "2020-12"),
                ("SD", S, "2021-01"),
            },
        ),
    ],
    "fa": [
        (
            "چه کشورهایی عضو پیمان ابراهیم هستند؟\n\nاعضای کنونی پیمان عبارتند از:\n"
            "- امارات متحده عربی (سپتامبر ۲۰۲۰)\n- بحرین (سپتامبر ۲۰۲۰)\n- مراکش (دسامبر ۲۰۲۰)\n"
            "- سودان (ژانویه ۲۰۲۱)\n\nمصر و اردن پیمان\u200cهای صلح جداگانه دارند.",
            {
                ("AE", S, "2020-09"),
                ("BH", S, "2020-09"),
                ("MA", S, "2020-12"),
                ("SD", S, "2021-01"),
            },
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round29_bullet_lists(language, text, expected):
    check_case(language, text, expected)
