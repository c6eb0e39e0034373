#pragma once
// The app's two colour themes as plain data (no ImGui here), so a native test can check every
// text/background pair against WCAG: at least 4.5:1 in the standard theme and 7:1 (AAA) in high
// contrast. The standard theme uses GOV.UK's colours; high contrast is yellow and white on black.
#include <array>
#include <string_view>

namespace redress::app {

struct Colour {
    unsigned char r, g, b;
    bool operator==(const Colour&) const = default;
};

struct Theme {
    std::string_view name;
    Colour background, text, secondary_text, link, error, success;
    Colour border;          // input borders and the error summary's border (not text)
    Colour inset;           // the bar beside an inset or a quote (not text)
    Colour panel;           // the settings bar and the document preview
    Colour primary, primary_text;      // the Continue button
    Colour secondary, secondary_text_on;  // other buttons
    Colour warning, warning_text;      // Clear my answers
    Colour focus, focus_text;          // GOV.UK's focus: yellow with dark (the ring's bands, a link's highlight)
    Colour selected, selected_text;    // a chosen setting
};

inline constexpr Theme kStandardTheme{
    "standard",
    {0xff, 0xff, 0xff}, {0x0b, 0x0c, 0x0c}, {0x50, 0x5a, 0x5f}, {0x1d, 0x70, 0xb8}, {0xd4, 0x35, 0x1c}, {0x00, 0x70, 0x3c},
    {0x0b, 0x0c, 0x0c}, {0xb1, 0xb4, 0xb6}, {0xf3, 0xf2, 0xf1},
    {0x00, 0x70, 0x3c}, {0xff, 0xff, 0xff},
    {0xf3, 0xf2, 0xf1}, {0x0b, 0x0c, 0x0c},
    {0xd4, 0x35, 0x1c}, {0xff, 0xff, 0xff},
    {0xff, 0xdd, 0x00}, {0x0b, 0x0c, 0x0c},
    {0x1d, 0x70, 0xb8}, {0xff, 0xff, 0xff},
};

inline constexpr Theme kHighContrastTheme{
    "high",
    {0x00, 0x00, 0x00}, {0xff, 0xff, 0xff}, {0xe8, 0xe8, 0xe8}, {0xff, 0xff, 0x00}, {0xff, 0xa0, 0xa0}, {0x9f, 0xff, 0x9f},
    {0xff, 0xff, 0xff}, {0xff, 0xff, 0xff}, {0x14, 0x14, 0x14},
    {0xff, 0xff, 0x00}, {0x00, 0x00, 0x00},
    {0x14, 0x14, 0x14}, {0xff, 0xff, 0xff},
    {0xff, 0xa0, 0xa0}, {0x00, 0x00, 0x00},
    {0xff, 0xff, 0x00}, {0x00, 0x00, 0x00},
    {0xff, 0xff, 0xff}, {0x00, 0x00, 0x00},
};

// Every pair the app draws text in: {text colour, background colour, what it is}.
struct TextPair {
    Colour text, background;
    std::string_view what;
};

inline std::array<TextPair, 14> text_pairs(const Theme& t) {
    return {{{t.text, t.background, "text"},
             {t.secondary_text, t.background, "hints and captions"},
             {t.link, t.background, "links"},
             {t.error, t.background, "error messages"},
             {t.success, t.background, "findings that pass"},
             {t.text, t.panel, "text on the settings bar and previews"},
             {t.secondary_text, t.panel, "hints on the settings bar"},
             {t.link, t.panel, "links on the settings bar"},
             {t.primary_text, t.primary, "the Continue button"},
             {t.secondary_text_on, t.secondary, "other buttons"},
             {t.warning_text, t.warning, "the Clear my answers button"},
             {t.focus_text, t.focus, "focused controls"},
             {t.selected_text, t.selected, "chosen settings"},
             {t.text, t.background, "input text"}}};
}

// Every surface a focus ring touches (its inside edge the control, its outside edge the page or
// the settings) and a focused link's highlight lies on. The ring is dark, yellow, dark: where one
// colour melts into a surface, the other must stand out from it at 3:1 (WCAG 1.4.11, 2.4.7), so
// no fill (a yellow Continue in high contrast) can hide it.
struct Surface {
    Colour colour;
    std::string_view what;
};

inline std::array<Surface, 6> focus_surfaces(const Theme& t) {
    return {{{t.background, "the page, text boxes, radios and tick boxes"},
             {t.panel, "the settings and the letter previews"},
             {t.primary, "the Continue button"},
             {t.secondary, "other buttons and the settings button"},
             {t.warning, "the Clear my answers button"},
             {t.selected, "a chosen setting"}}};
}

}  // namespace redress::app
