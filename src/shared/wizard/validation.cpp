#include "wizard/validation.h"

#include <algorithm>
#include <optional>

#include "json/input.h"
#include "rules/case_fields.h"
#include "rules/wording.h"
#include "wizard/answers.h"

namespace redress::wizard {
namespace {

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

bool has_option(const Field& f, const std::string& value) {
    return std::any_of(f.options.begin(), f.options.end(), [&](const Option& o) { return o.value == value; });
}

// A plausible email address: something@something.something, no spaces. The landlord's reply is
// what really checks it; this catches the typing slips GOV.UK's pattern catches.
bool looks_like_email(const std::string& s) {
    const auto at = s.find('@');
    if (at == std::string::npos || at == 0 || s.find('@', at + 1) != std::string::npos) return false;
    const auto dot = s.find('.', at + 2);
    return dot != std::string::npos && dot + 1 < s.size() && s.find_first_of(" \t\r\n") == std::string::npos;
}

bool looks_like_phone(const std::string& s) {
    int digits = 0;
    for (char ch : s) {
        if (ch >= '0' && ch <= '9') ++digits;
        else if (std::string_view(" +()-.").find(ch) == std::string_view::npos) return false;
    }
    return digits >= 6 && digits <= 15;
}

// The case field a question answers, if it is a list typed one item a line (Asked::lines).
std::optional<CaseField> list_field(const std::string& id) {
    std::optional<CaseField> out;
    const Case none;  // only the fields' descriptions are used
    visit_fields(none, [&](const CaseField& f, const auto&) {
        if (f.asked == Asked::lines && f.path() == id) out = f;
    });
    return out;
}

// One question's problem, if any; `target` is set to the control to focus.
std::string check_question(const Question& q, const Answers& answers, Date today, std::string& target,
                           std::map<std::string, Date>& dates) {
    const Field& f = q.field;
    const std::string value = answer(answers, f.id);
    target = f.id;
    switch (f.type) {
        case FieldType::date: {
            std::string message = check_date(answers, f.id, q.date_name, f.optional, target);
            if (!message.empty()) return message;
            if (const auto d = parse_iso_date(date_answer(answers, f.id))) {
                if (*d <= today) {
                    dates[f.id] = *d;
                    return "";
                }
                target = date_part_ids(f.id)[0];
                return wording::capitalised(q.date_name) + " must be today or in the past";
            }
            return "";
        }
        case FieldType::radio:
            if (!f.options.empty()) target = f.id + "." + f.options.front().value;  // GOV.UK: the first radio
            return has_option(f, value) ? "" : q.missing;
        case FieldType::checkboxes:
            if (!value.empty()) target = f.id + "." + split_list(value).front();
            else if (!f.options.empty()) target = f.id + "." + f.options.front().value;
            return value.empty() && !f.optional ? q.missing : "";
        default:
            if (blank(value) && !f.optional) return q.missing;
            if (utf8_length(value) > std::size_t(f.max_length))
                return wording::capitalised(f.label) + " must be " + std::to_string(f.max_length) + " characters or fewer";
            if (const auto list = list_field(f.id)) {  // one item a line, as the case holds them
                const auto items = lines_of(value);
                if (items.size() > kMaxListItems)
                    return "Enter " + std::to_string(kMaxListItems) + " things or fewer, one a line";
                for (const std::string& item : items)
                    if (utf8_length(item) > list->max_length)
                        return "Each line must be " + std::to_string(list->max_length) + " characters or fewer";
            }
            if (f.type == FieldType::email && !blank(value) && !looks_like_email(value))
                return "Enter an email address in the correct format, like name@example.com";
            if (f.type == FieldType::tel && !blank(value) && !looks_like_phone(value))
                return "Enter a phone number, like 01632 960 001 or +44 7700 900 982";
            return "";
    }
}

}  // namespace

PageErrors check_page(PageId page, const Answers& answers, const PolicyCatalogue& catalogue, Date today) {
    PageErrors errors;
    if (!is_question_page(page)) return errors;
    const PageSpec spec = page_spec(page, answers, catalogue);
    std::map<std::string, Date> dates;  // the dates on this page that read, for the order checks
    for (const Question& q : spec.questions) {
        std::string target;
        std::string message = check_question(q, answers, today, target, dates);
        if (!message.empty()) errors[q.field.id] = {target, std::move(message)};
    }
    // Dates answered on earlier pages count too: the date found out is checked against the date it happened.
    for (const DateOrder& o : kDateOrder) {
        const std::string group(name_of(o.group));
        const std::string later = group + "." + std::string(o.later), earlier_id = group + "." + std::string(o.earlier);
        if (!dates.count(later) || errors.count(later)) continue;
        auto earlier = dates.count(earlier_id) ? std::optional<Date>(dates[earlier_id])
                                               : parse_iso_date(date_answer(answers, earlier_id));
        if (earlier && dates[later] < *earlier) errors[later] = {date_part_ids(later)[0], std::string(o.message)};
    }
    if (!errors.empty()) return errors;

    // Whatever the pages let through, the case parser has the last word (the same checks as the CLI).
    if (!answer(answers, "landlord").empty() && !date_answer(answers, "issue.event_date").empty()) {
        InputError error;
        if (!parse_case(case_json_from_answers(answers, today), catalogue, today, error))
            for (const Question& q : spec.questions)
                if (error.field == q.field.id)
                    errors[q.field.id] = {q.field.type == FieldType::date ? date_part_ids(q.field.id)[0] : q.field.id,
                                          error.message};
    }
    return errors;
}

}  // namespace redress::wizard
