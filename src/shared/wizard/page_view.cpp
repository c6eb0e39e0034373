// Building the view model of the page the wizard is on (wizard/view.h): the start page, a page
// of questions with their answers and errors, or the result, check and documents pages.
#include "rules/engine.h"
#include "wizard/answers.h"
#include "wizard/summary_pages.h"
#include "wizard/wizard.h"

namespace redress::wizard {

void Wizard::rebuild() {
    const int revision = view_.revision + 1;
    view_ = ViewModel{};
    view_.revision = revision;
    view_.page = std::string(name_of(page_));
    view_.back = previous_page().has_value() && page_ != PageId::start;

    if (page_ == PageId::start) build_start();
    else if (page_ == PageId::clear) build_clear();
    else if (is_question_page(page_)) build_questions();
    else if (const auto c = current_case()) build_summary(*c);
    if (page_ != PageId::clear && (page_ != PageId::start || !answers_.empty()))
        view_.buttons.push_back({"Clear my answers and start again", ButtonStyle::warning, action_json(Clear{})});
    view_.title = (view_.errors.empty() ? "" : "Error: ") + view_.heading + " - Redress";
    number_controls();
}

void Wizard::build_start() {
    view_.heading = "Check your housing complaint";
    const auto paragraph = [](const char* text) { return Block{BlockType::paragraph, text}; };
    view_.content = {
        paragraph("Use this to find out whether your landlord should accept your complaint, the dates that matter, and "
                  "who can act for you. It then writes the letter for you to send."),
        paragraph("It is for tenants of social housing in England, and for anyone helping them: family, advocates, advice "
                  "agencies, councillors and MPs."),
        paragraph("It takes about 10 minutes. Nothing you type leaves this device."),
    };
    view_.buttons.push_back({"Start now", ButtonStyle::primary, action_json(Continue{})});
    view_.buttons.push_back({"Carry on from a saved case file", ButtonStyle::file, action_json(Import{})});
    if (!import_error_.empty()) view_.errors.push_back({"import", import_error_});
}

void Wizard::build_questions() {
    const PageSpec spec = page_spec(page_, answers_, catalogue_);
    view_.caption = spec.caption;
    view_.heading = spec.heading;
    view_.hint = spec.hint;
    for (const Question& q : spec.questions) {
        Field f = q.field;
        f.value = answer(answers_, f.id);
        if (f.type == FieldType::date) {
            const auto ids = date_part_ids(f.id);
            f.parts = {{ids[0], "Day", answer(answers_, ids[0]), 2},
                       {ids[1], "Month", answer(answers_, ids[1]), 2},
                       {ids[2], "Year", answer(answers_, ids[2]), 4}};
        }
        if (const auto e = errors_.find(f.id); e != errors_.end()) {
            f.error = e->second.message;
            f.error_target = e->second.target;
            view_.errors.push_back({e->second.target, e->second.message});
        }
        view_.fields.push_back(std::move(f));
    }
    view_.buttons.push_back({"Continue", ButtonStyle::primary, action_json(Continue{})});
}

void Wizard::build_summary(const Case& c) {
    const Verdict v = evaluate(c, catalogue_);
    switch (row_of(page_).kind) {
        case PageKind::result:
            view_.caption = "Your result";
            result_content(c, v, catalogue_, view_);
            view_.buttons.push_back({"Continue to the letter", ButtonStyle::primary, action_json(Continue{})});
            break;
        case PageKind::check:
            view_.heading = "Check your answers before writing the documents";
            check_content(answers_, catalogue_, today_, view_);
            view_.buttons.push_back({"Write my documents", ButtonStyle::primary, action_json(Continue{})});
            break;
        default:
            view_.heading = "Your documents";
            view_.hint = "Read each one before you send it. You can change any answer and the documents will change with it.";
            documents_content(c, v, catalogue_, view_);
            break;
    }
}

void Wizard::build_clear() {
    const PageRow& row = row_of(PageId::clear);
    view_.heading = std::string(row.heading);
    view_.hint = std::string(row.hint);
    view_.buttons.push_back({"No, keep my answers", ButtonStyle::primary, action_json(Back{})});
    view_.buttons.push_back({"Yes, clear my answers", ButtonStyle::warning, action_json(StartAgain{})});
}

// Ids every host uses for the same control, so focus can follow from one host to the other.
void Wizard::number_controls() {
    int change = 0;
    for (Block& b : view_.content)
        for (Row& r : b.rows)
            if (!r.change.empty()) r.id = "change-" + std::to_string(change++);
    for (DocumentEntry& d : view_.documents)
        for (std::size_t k = 0; k < d.buttons.size(); ++k) d.buttons[k].id = "doc-" + d.kind + "-" + std::to_string(k);
    for (std::size_t k = 0; k < view_.buttons.size(); ++k) view_.buttons[k].id = "button-" + std::to_string(k);
}

}  // namespace redress::wizard
