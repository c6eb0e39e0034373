// The app's colour themes against WCAG 2.2: every text/background pair at least 4.5:1 in the
// standard theme (1.4.3, AA) and 7:1 in high contrast (1.4.6, AAA); input borders at least 3:1
// against the page (1.4.11); and the focus indicator (2.4.7, 1.4.11) distinct from every fill it
// can sit on: against the page, the settings and each control's fill, one of its two colours at
// least 3:1, and its two colours 3:1 apart, so its bands show wherever it is. There are two
// themes: a first visit that prefers a dark colour scheme gets high contrast.
#include <doctest/doctest.h>

#include <cmath>

#include "theme.h"

using redress::app::Colour;
using redress::app::Theme;

namespace {

// WCAG's relative luminance of an sRGB colour.
double luminance(Colour c) {
    const auto channel = [](unsigned char v) {
        const double s = v / 255.0;
        return s <= 0.04045 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

double contrast(Colour a, Colour b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

void check_theme(const Theme& t, double minimum) {
    for (const auto& pair : redress::app::text_pairs(t)) {
        CAPTURE(t.name);
        CAPTURE(pair.what);
        CHECK(contrast(pair.text, pair.background) >= minimum);
    }
    for (const auto& surface : redress::app::focus_surfaces(t)) {
        CAPTURE(t.name);
        CAPTURE(surface.what);
        CHECK(std::max(contrast(t.focus, surface.colour), contrast(t.focus_text, surface.colour)) >= 3.0);
    }
    CHECK(contrast(t.focus, t.focus_text) >= 3.0);
    CHECK(contrast(t.border, t.background) >= 3.0);
}

}  // namespace

TEST_CASE("the contrast calculation matches WCAG's worked values") {
    CHECK(contrast({0, 0, 0}, {255, 255, 255}) == doctest::Approx(21.0));
    CHECK(contrast({255, 255, 255}, {255, 255, 255}) == doctest::Approx(1.0));
    // #767676 on white is the lightest grey that passes 4.5:1; #777777 just fails.
    CHECK(contrast({0x76, 0x76, 0x76}, {255, 255, 255}) >= 4.5);
    CHECK(contrast({0x77, 0x77, 0x77}, {255, 255, 255}) < 4.5);
}

TEST_CASE("the standard theme passes WCAG AA contrast for every text pair") { check_theme(redress::app::kStandardTheme, 4.5); }

TEST_CASE("the high-contrast theme passes WCAG AAA contrast for every text pair") {
    check_theme(redress::app::kHighContrastTheme, 7.0);
}
