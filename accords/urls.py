from django.contrib import admin
from django.urls import include, path

from accords import views

urlpatterns = [
    path("", views.home, name="home"),
    path("countries/<str:iso2>/", views.country_detail, name="country"),
    path("articles/<int:pk>/", views.article_detail, name="article"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
]
