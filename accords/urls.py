from django.contrib import admin
from django.urls import include, path, re_path

from accords import views
from accords.feeds import ConfirmedChangesFeed

urlpatterns = [
    path("", views.home, name="home"),
    path("timeline/", views.timeline, name="timeline"),
    path("timeline/figure.json", views.timeline_figure_json, name="timeline-figure"),
    path("map/", views.map_view, name="map"),
    path("countries/<str:iso2>/", views.country_detail, name="country"),
    path("articles/<int:pk>/", views.article_detail, name="article"),
    re_path(
        r"^exports/(?P<dataset>countries|events)\.(?P<fmt>json|csv)$", views.export, name="export"
    ),
    path("feed/", ConfirmedChangesFeed(), name="feed"),
    path("feed/about/", views.feed_about, name="feed-about"),
    path("method/", views.method, name="method"),
    path("docs/data.md", views.data_document, name="data-document"),
    path("favicon.ico", views.favicon, name="favicon"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
]

handler404 = "accords.views.page_not_found"
