#pragma once
// What one page of the guided flow shows: the wizard's view model. The ImGui app and the HTML
// layer are two drawings of it, and the browser tests read it, so it says what each thing is
// (a question, an option, an error, a finding with its clause) and never how it looks. It also
// carries every word the hosts show (labels, the error summary's title...), so neither host
// keeps a copy of Redress's wording.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rules/verdict.h"
#include "util/vocabulary.h"

namespace redress::wizard {

enum class FieldType : std::uint8_t { radio, checkboxes, date, text, textarea, email, tel, last_ = tel };
struct FieldTypeRow {
    FieldType value;
    std::string_view name;
};
inline constexpr FieldTypeRow kFieldTypeRows[] = {
    {FieldType::radio, "radio"}, {FieldType::checkboxes, "checkboxes"}, {FieldType::date, "date"},
    {FieldType::text, "text"},   {FieldType::textarea, "textarea"},     {FieldType::email, "email"},
    {FieldType::tel, "tel"}};

// A piece of a page that is not a question.
enum class BlockType : std::uint8_t { heading, paragraph, list, finding, rows, timeline, inset, warning, last_ = warning };
struct BlockTypeRow {
    BlockType value;
    std::string_view name;
};
inline constexpr BlockTypeRow kBlockTypeRows[] = {
    {BlockType::heading, "heading"}, {BlockType::paragraph, "paragraph"}, {BlockType::list, "list"},
    {BlockType::finding, "finding"}, {BlockType::rows, "rows"},           {BlockType::timeline, "timeline"},
    {BlockType::inset, "inset"},     {BlockType::warning, "warning"}};

// primary: the page's main action; warning: one that loses work; file: the host asks for a
// file, then sends it.
enum class ButtonStyle : std::uint8_t { primary, secondary, warning, file, last_ = file };
struct ButtonStyleRow {
    ButtonStyle value;
    std::string_view name;
};
inline constexpr ButtonStyleRow kButtonStyleRows[] = {{ButtonStyle::primary, "primary"},
                                                      {ButtonStyle::secondary, "secondary"},
                                                      {ButtonStyle::warning, "warning"},
                                                      {ButtonStyle::file, "file"}};

}  // namespace redress::wizard

namespace redress {
template <> struct Vocabulary<wizard::FieldType> : Rows<wizard::kFieldTypeRows> {};
template <> struct Vocabulary<wizard::BlockType> : Rows<wizard::kBlockTypeRows> {};
template <> struct Vocabulary<wizard::ButtonStyle> : Rows<wizard::kButtonStyleRows> {};
}  // namespace redress

namespace redress::wizard {

struct Option {
    std::string value, label, hint;
    bool exclusive = false;  // "None of these": ticking it clears the others, and the others clear it
};

// One part of a date question (GOV.UK's day, month and year boxes).
struct DatePart {
    std::string id;     // "issue.event_date.day"
    std::string label;  // "Day"
    std::string value;
    int width = 2;      // characters expected, so a host can size the box
};

struct Field {
    std::string id;  // the answer's key: "landlord", "issue.event_date", "circumstances"
    FieldType type = FieldType::text;
    std::string label, hint;
    bool optional = false;     // labelled "(optional)", never marked with an asterisk
    bool is_heading = false;   // the page's one question: its label is the page heading
    std::vector<Option> options;
    std::string value;         // the text, the chosen option, or the ticked options joined by ","
    std::vector<DatePart> parts;
    std::string error;         // "" when the answer is fine
    std::string error_target;  // the id to focus for the error: the field or a date part
    std::string autocomplete;  // an HTML autocomplete token: "name", "email", "tel", "street-address"
    int max_length = 0;        // characters; 0 for choices
};

// A row of a summary: "Landlord | Halton Housing | Change".
struct Row {
    std::string key, value;
    std::string change;  // the page a Change link goes to, or ""
    std::string id{};    // the Change link's id, unique on the page
};

// A piece of a page that is not a question: the result, the check-your-answers list, the documents.
struct Block {
    BlockType type = BlockType::paragraph;
    std::string text{};
    std::vector<std::string> items{};  // list
    std::vector<Row> rows{};           // rows and timeline (key = the date)
    std::optional<FindingResult> result{};  // finding and warning
    std::string cite{};    // the clause the text rests on
    std::string quote{};   // words quoted from that clause
    std::string label{};  // shown before the text: a finding's result ("Meets this rule"), "Important"
};

struct Button {
    std::string label;
    ButtonStyle style = ButtonStyle::secondary;
    std::string action;  // the action it sends, as the JSON dispatch() takes
    std::string id{};    // unique on the page, the same in every host: "button-0", "doc-stage1-2"
};

// A document the tenant can take away, on the documents page.
struct DocumentEntry {
    std::string kind;   // "stage1", "consent", ...
    std::string title;  // "Stage 1 complaint"
    std::string why;    // why Redress suggests it
    std::string text;   // the document as plain text, for the preview
    std::vector<std::string> how_to_send;
    std::vector<Button> buttons;  // copy, download as text, HTML, case file, calendar; print; email
};

struct ErrorLink {
    std::string target;  // the id of the control to focus
    std::string message;
};

// The words every page may show around what it says, the same on every page.
struct Words {
    std::string_view error_summary = "There is a problem";  // the error summary's heading
    std::string_view error_prefix = "Error: ";              // before a field's error message
    std::string_view source_prefix = "Source: ";            // before a clause cited
    std::string_view back = "Back";                         // the Back link
    std::string_view choice_divider = "or";                 // before an exclusive option ("None of these")
    std::string_view change = "Change";                     // a check-your-answers row's link
    std::string_view before_you_send = "Before you send";   // over a document's advice (never in it)
};

struct ViewModel {
    std::string page;     // "who", "landlord", ..., "result", "check", "documents"
    std::string title;    // for the browser tab: "Who is your landlord? - Redress"
    std::string caption;  // the section, shown above the heading: "About the landlord"
    std::string heading;  // the question or the page's title
    std::string hint;
    std::vector<ErrorLink> errors;  // the error summary, in page order
    std::vector<Field> fields;
    std::vector<Block> content;
    std::vector<DocumentEntry> documents;
    std::vector<Button> buttons;
    bool back = false;  // there is a page to go back to
    int revision = 0;   // changes whenever anything on the page changes
    Words words{};
};

// The view model as compact JSON, for the browser's HTML layer and the tests.
std::string view_json(const ViewModel& view);

}  // namespace redress::wizard
