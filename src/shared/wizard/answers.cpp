#include "wizard/answers.h"

#include <algorithm>
#include <cctype>

#include "json/writer.h"
#include "rules/wording.h"

namespace redress::wizard {
namespace {

// Case fields that are text, one answer each: the answer's key and where the case keeps it.
struct TextField {
    const char* key;
    const std::string& (*in)(const Case&);
};
const TextField kTextFields[] = {
    {"landlord", [](const Case& c) -> const std::string& { return c.landlord; }},
    {"landlord_name", [](const Case& c) -> const std::string& { return c.landlord_name; }},
    {"complainant.name", [](const Case& c) -> const std::string& { return c.complainant.name; }},
    {"complainant.role", [](const Case& c) -> const std::string& { return c.complainant.role; }},
    {"complainant.address", [](const Case& c) -> const std::string& { return c.complainant.address; }},
    {"complainant.email", [](const Case& c) -> const std::string& { return c.complainant.email; }},
    {"complainant.phone", [](const Case& c) -> const std::string& { return c.complainant.phone; }},
    {"complainant.reference", [](const Case& c) -> const std::string& { return c.complainant.reference; }},
    {"representative.kind", [](const Case& c) -> const std::string& { return c.representative.kind; }},
    {"representative.name", [](const Case& c) -> const std::string& { return c.representative.name; }},
    {"representative.organisation", [](const Case& c) -> const std::string& { return c.representative.organisation; }},
    {"representative.consent", [](const Case& c) -> const std::string& { return c.representative.consent; }},
    {"issue.category", [](const Case& c) -> const std::string& { return c.issue.category; }},
    {"issue.legal_proceedings", [](const Case& c) -> const std::string& { return c.issue.legal_proceedings; }},
    {"issue.previously_complained", [](const Case& c) -> const std::string& { return c.issue.previously_complained; }},
    {"issue.summary", [](const Case& c) -> const std::string& { return c.issue.summary; }},
    {"issue.details", [](const Case& c) -> const std::string& { return c.issue.details; }},
    {"issue.outcome_sought", [](const Case& c) -> const std::string& { return c.issue.outcome_sought; }},
    {"issue.delay_reason", [](const Case& c) -> const std::string& { return c.issue.delay_reason; }},
    {"process.resolved", [](const Case& c) -> const std::string& { return c.process.resolved; }},
    {"process.unresolved", [](const Case& c) -> const std::string& { return c.process.unresolved; }},
    {"process.escalation_reasons", [](const Case& c) -> const std::string& { return c.process.escalation_reasons; }},
};
// Case fields that are true or false, answered "yes" or "no".
constexpr const char* kYesNoKeys[] = {"issue.first_request", "issue.ongoing", "issue.anonymous"};

// The case's true-or-false facts asked together on the "circumstances" page.
constexpr const char* kCircumstances[] = {"health_and_safety", "safeguarding", "disrepair", "insurance_claim"};

constexpr const char* kDateKeys[] = {
    "issue.event_date",         "issue.aware_date",       "issue.last_raised",        "process.stage1_submitted",
    "process.stage1_acknowledged", "process.stage1_response", "process.stage2_requested", "process.stage2_acknowledged",
    "process.stage2_response"};

constexpr const char* kFlowKeys[] = {"progress", "circumstances", "adjustments"};

template <typename List>
bool contains(const List& list, std::string_view key) {
    for (const auto& item : list)
        if (key == item) return true;
    return false;
}

std::string trimmed(const std::string& s) {
    const auto first = s.find_first_not_of(" \t");
    if (first == std::string::npos) return "";
    return s.substr(first, s.find_last_not_of(" \t") - first + 1);
}

bool all_digits(const std::string& s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](unsigned char ch) { return std::isdigit(ch) != 0; });
}

std::string progress_of(const Case::Process& p) {
    if (p.stage2_response) return "stage2-answered";
    if (p.stage2_requested) return "stage2-waiting";
    if (p.stage1_response) return "stage1-answered";
    if (p.stage1_submitted) return "stage1-waiting";
    return "not-yet";
}

}  // namespace

bool is_answer_key(const std::string& key) {
    for (const TextField& f : kTextFields)
        if (key == f.key) return true;
    if (contains(kYesNoKeys, key) || contains(kFlowKeys, key)) return true;
    for (const char* d : kDateKeys)
        for (const std::string& part : date_part_ids(d))
            if (part == key) return true;
    return false;
}

std::string check_date(const Answers& a, const std::string& id, const std::string& date_name, bool optional,
                       std::string& part) {
    const auto ids = date_part_ids(id);
    const std::string day = trimmed(answer(a, ids[0])), month = trimmed(answer(a, ids[1])),
                      year = trimmed(answer(a, ids[2]));
    const std::string name = wording::capitalised(date_name);
    if (day.empty() && month.empty() && year.empty()) {
        part = ids[0];
        return optional ? "" : "Enter " + date_name;
    }
    const std::string parts[] = {day, month, year};
    const char* names[] = {"a day", "a month", "a year"};
    for (int k = 0; k < 3; ++k) {
        if (parts[k].empty()) {
            part = ids[std::size_t(k)];
            return name + " must include " + names[k];
        }
    }
    for (int k = 0; k < 3; ++k) {
        if (!all_digits(parts[k]) || parts[k].size() > (k == 2 ? 4u : 2u)) {
            part = ids[std::size_t(k)];
            return name + " must be a real date";
        }
    }
    if (year.size() != 4) {
        part = ids[2];
        return "Year must include 4 numbers";
    }
    std::string problem;
    if (!parse_supported_date(date_answer(a, id), &problem)) {
        part = ids[0];
        return name + " must be a real date";
    }
    part.clear();
    return "";
}

std::string date_answer(const Answers& a, const std::string& id) {
    const auto ids = date_part_ids(id);
    const std::string day = trimmed(answer(a, ids[0])), month = trimmed(answer(a, ids[1])),
                      year = trimmed(answer(a, ids[2]));
    if (day.empty() && month.empty() && year.empty()) return "";
    const auto pad = [](const std::string& s) { return s.size() == 1 ? "0" + s : s; };
    return year + "-" + pad(month) + "-" + pad(day);
}

std::string case_json_from_answers(const Answers& a, Date today) {
    const auto process_dates = process_dates_for(answer(a, "progress"));
    const std::string kind = answer(a, "representative.kind");
    const auto ticked = split_list(answer(a, "circumstances"));

    // One object's members: text answers, yes/no answers and dates whose keys start with
    // `prefix` ("issue."), or the top-level ones for "".
    struct Member {
        std::string key, text;
        bool is_text = true, flag = false;
    };
    const auto members = [&](const std::string& prefix) {
        std::vector<Member> out;
        const auto in_group = [&](const std::string& key) {
            return prefix.empty() ? key.find('.') == std::string::npos : key.rfind(prefix, 0) == 0;
        };
        const auto add = [&](const std::string& key, std::string text, bool is_text, bool flag) {
            out.push_back({key.substr(prefix.size()), std::move(text), is_text, flag});
        };
        for (const TextField& f : kTextFields)
            if (const std::string key = f.key; in_group(key) && !answer(a, key).empty()) add(key, answer(a, key), true, false);
        for (const std::string key : kYesNoKeys)
            if (in_group(key) && a.count(key)) add(key, "", false, answer(a, key) == "yes");
        for (const std::string key : kDateKeys) {
            if (!in_group(key) || (prefix == "process." && !contains(process_dates, key))) continue;
            if (std::string value = date_answer(a, key); !value.empty()) add(key, value, true, false);
        }
        if (prefix == "issue.")
            for (const char* flag : kCircumstances) out.push_back({flag, "", false, contains(ticked, flag)});
        return out;
    };
    const auto write_members = [](JsonWriter& w, const std::vector<Member>& list) {
        for (const Member& m : list) {
            if (m.is_text) w.field(m.key, m.text);
            else w.field(m.key, m.flag);
        }
    };

    JsonWriter w;
    w.begin_object();
    write_members(w, members(""));
    w.field("today", format_iso_date(today));
    w.key("adjustments").string_list(split_list(answer(a, "adjustments")));
    for (const std::string group : {"complainant", "representative", "issue", "process"}) {
        if (group == "representative" && (kind.empty() || kind == "none")) continue;
        const auto list = members(group + ".");
        if (list.empty() && group != "issue") continue;
        w.key(group).begin_object();
        write_members(w, list);
        w.end_object();
    }
    w.end_object();
    return w.take();
}

Answers answers_from_case(const Case& c) {
    Answers a;
    for (const TextField& f : kTextFields)
        if (const std::string& text = f.in(c); !text.empty()) a[f.key] = text;
    a["issue.first_request"] = c.issue.first_request ? "yes" : "no";
    a["issue.ongoing"] = c.issue.ongoing ? "yes" : "no";
    if (c.issue.anonymous) a["issue.anonymous"] = "yes";

    std::vector<std::string> circumstances;
    const bool flags[] = {c.issue.health_and_safety, c.issue.safeguarding, c.issue.disrepair, c.issue.insurance_claim};
    for (std::size_t k = 0; k < std::size(kCircumstances); ++k)
        if (flags[k]) circumstances.push_back(kCircumstances[k]);
    a["circumstances"] = circumstances.empty() ? "none" : join_list(circumstances);

    const auto put_date = [&a](const std::string& key, const std::optional<Date>& d) {
        if (!d) return;
        const date::year_month_day ymd{*d};
        const auto ids = date_part_ids(key);
        a[ids[0]] = std::to_string(unsigned(ymd.day()));
        a[ids[1]] = std::to_string(unsigned(ymd.month()));
        a[ids[2]] = std::to_string(int(ymd.year()));
    };
    put_date("issue.event_date", c.issue.event_date);
    put_date("issue.aware_date", c.issue.aware_date);
    put_date("issue.last_raised", c.issue.last_raised);
    const auto& p = c.process;
    put_date("process.stage1_submitted", p.stage1_submitted);
    put_date("process.stage1_acknowledged", p.stage1_acknowledged);
    put_date("process.stage1_response", p.stage1_response);
    put_date("process.stage2_requested", p.stage2_requested);
    put_date("process.stage2_acknowledged", p.stage2_acknowledged);
    put_date("process.stage2_response", p.stage2_response);
    a["progress"] = progress_of(p);

    if (!c.adjustments.empty()) a["adjustments"] = join_list(c.adjustments);
    if (a.count("representative.kind") == 0) a["representative.kind"] = "none";
    return a;
}

}  // namespace redress::wizard
