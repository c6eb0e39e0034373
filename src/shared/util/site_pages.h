#pragma once
// The pages every public service carries, linked from the footer of every page of the web app
// (drawn on the canvas by src/wasm/page_drawer.cpp, and in web/index.html for the HTML view) and
// listed by `redress --help`. Each is a static page in the built web app, made at build time by
// cmake/make_site_pages.py from assets/pages/ and the data files (docs/site-pages.md).
// tests/cli/test_cli.py holds `redress --help`, this table and index.html's footer to one list.
#include <string_view>

namespace redress {

struct SitePage {
    std::string_view id;     // the footer link's id is "footer-" + id
    std::string_view label;  // the link's words
    std::string_view path;   // the page's address, relative to the app's own
};

inline constexpr SitePage kSitePages[] = {
    {"advice", "Get free advice", "advice.html"},
    {"sources", "Where the rules come from", "sources.html"},
    {"privacy", "Privacy", "privacy.html"},
    {"accessibility", "Accessibility statement", "accessibility.html"},
};

}  // namespace redress
