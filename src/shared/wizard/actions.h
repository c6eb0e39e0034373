#pragma once
// The actions a host sends the wizard (the ImGui app, the HTML layer through app.js, the tests),
// read from JSON and written as JSON.
#include <optional>
#include <string>
#include <string_view>

#include "util/input_error.h"

namespace redress::wizard {

// The longest answer an action may carry: 20,000 characters of up to 4 bytes each.
inline constexpr std::size_t kMaxAnswerBytes = 4 * 20000;

// What a host asks the wizard to do. As JSON (what the browser sends):
//   {"type":"answer","field":"landlord","value":"halton-housing"}
//   {"type":"toggle","field":"circumstances","value":"disrepair","checked":true}
//   {"type":"continue"}  {"type":"back"}  {"type":"change","page":"landlord"}
//   {"type":"start-again"}  {"type":"import","text":"<a case file>"}
//   {"type":"export","kind":"stage1","format":"text|html|large-print|json|ics|mailto|copy|print"}
struct Action {
    std::string type, field, value, page, text, kind, format;
    bool checked = false;
};

// Actions as the JSON dispatch takes, for hosts that build them in C++ (the ImGui app, tests).
std::string answer_action(const std::string& field, const std::string& value);
std::string toggle_action(const std::string& field, const std::string& value, bool checked);
std::string change_action(const std::string& page);
std::string simple_action(const std::string& type);  // "continue", "back", "start-again", "import"
std::string export_action(const std::string& kind, const std::string& format);

// Reads an action sent by a host. Hostile input gets nullopt and the field and problem in `error`.
std::optional<Action> parse_action(std::string_view json_text, InputError& error);

}  // namespace redress::wizard
