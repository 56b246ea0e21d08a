"""Public (no login) views of newsroom, mounted at /publik/<org>/berita/."""

from django.urls import path

from humpro.newsroom import public_views as v
from humpro.newsroom.feeds import ReleaseAtom, ReleaseRss

app_name = "newsroom_public"

urlpatterns = [
    path("", v.home, name="home"),
    path("artikel/<slug:slug>/", v.article, name="article"),
    path("artikel/<slug:slug>/paket-foto.zip", v.package, name="package"),
    path("topik/<slug:slug>/", v.tag, name="tag"),
    path("pejabat/<int:pk>/", v.official, name="official"),
    path("arsip/", v.archive, name="archive_index"),
    path("arsip/<int:year>/<int:month>/", v.archive, name="archive"),
    path("cari/", v.search, name="search"),
    path("foto/<int:pk>/", v.photo, name="photo"),
    path("foto/<int:pk>/<slug:size>.jpg", v.thumb, name="thumb"),
    path("video/<int:pk>/", v.video, name="video"),
    path("rss.xml", ReleaseRss(), name="rss"),
    path("atom.xml", ReleaseAtom(), name="atom"),
    path("sitemap.xml", v.sitemap, name="sitemap"),
]
