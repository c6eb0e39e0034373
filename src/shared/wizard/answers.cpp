#include "wizard/answers.h"

#include <algorithm>
#include <cctype>

#include "json/writer.h"
#include "rules/case_fields.h"
#include "rules/wording.h"

namespace redress::wizard {
namespace {

constexpr std::string_view kFlowKeys[] = {"progress", "circumstances", "adjustments"};

std::string trimmed(const std::string& s) {
    const auto first = s.find_first_not_of(" \t");
    if (first == std::string::npos) return "";
    return s.substr(first, s.find_last_not_of(" \t") - first + 1);
}

bool all_digits(const std::string& s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](unsigned char ch) { return std::isdigit(ch) != 0; });
}


Progress progress_of(const Case::Process& p) {
    if (p.stage2_response) return Progress::stage2_answered;
    if (p.stage2_requested) return Progress::stage2_waiting;
    if (p.stage1_response) return Progress::stage1_answered;
    if (p.stage1_submitted) return Progress::stage1_waiting;
    return Progress::not_yet;
}

// A field's text as an answer: the text itself, or a choice's name.
template <typename T>
std::string as_answer(const T& value) {
    if constexpr (std::is_enum_v<T>) return std::string(name_of(value));
    else return value;
}

// Writes the members of one group of the case the answers describe.
struct GroupWriter {
    JsonWriter& w;
    const Answers& a;
    CaseGroup group;
    const std::vector<std::string>& process_dates;
    const std::vector<std::string>& ticked;

    template <typename T>
    void operator()(const CaseField& f, const T&) const {
        if (f.group != group) return;
        const std::string key = f.path();
        switch (f.asked) {
            case Asked::answer:
                if (!answer(a, key).empty()) w.field(f.key, answer(a, key));
                break;
            case Asked::yes_no:
            case Asked::carried:
                if (a.count(key)) w.field(f.key, parse_name<YesNo>(answer(a, key)) == YesNo::yes);
                break;
            case Asked::circumstance: w.field(f.key, std::find(ticked.begin(), ticked.end(), f.key) != ticked.end()); break;
            case Asked::date:
                if (group == CaseGroup::process && std::find(process_dates.begin(), process_dates.end(), key) == process_dates.end())
                    break;
                if (std::string value = date_answer(a, key); !value.empty()) w.field(f.key, value);
                break;
            case Asked::lines:
                if (!answer(a, key).empty()) w.key(f.key).string_list(lines_of(answer(a, key)));
                break;
            case Asked::not_asked:
            case Asked::list: break;
        }
    }
};

}  // namespace

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        std::string part = text.substr(start, end - start);
        if (!part.empty() && part.back() == '\r') part.pop_back();
        std::string line = trimmed(part);
        if (!line.empty()) out.push_back(std::move(line));
        start = end + 1;
    }
    return out;
}

bool is_answer_key(const std::string& key) {
    if (std::find(std::begin(kFlowKeys), std::end(kFlowKeys), key) != std::end(kFlowKeys)) return true;
    bool found = false;
    const Case none;
    visit_fields(none, [&](const CaseField& f, const auto&) {
        if (found) return;
        if (f.asked == Asked::answer || f.asked == Asked::yes_no || f.asked == Asked::carried || f.asked == Asked::lines)
            found = f.path() == key;
        else if (f.asked == Asked::date)
            for (const std::string& part : date_part_ids(f.path())) found = found || part == key;
    });
    return found;
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
    const auto ticked = split_list(answer(a, "circumstances"));
    const std::string kind = answer(a, "representative.kind");
    const Case none;  // only the fields' descriptions are used

    JsonWriter w;
    w.begin_object();
    visit_fields(none, GroupWriter{w, a, CaseGroup::top, process_dates, ticked});
    w.field("today", format_iso_date(today));
    w.key("adjustments").string_list(split_list(answer(a, "adjustments")));
    for (const CaseGroupRow& g : Vocabulary<CaseGroup>::rows) {
        if (g.value == CaseGroup::top) continue;
        if (g.value == CaseGroup::representative && (kind.empty() || kind == name_of(RepresentativeKind::none))) continue;
        w.key(g.name).begin_object();
        visit_fields(none, GroupWriter{w, a, g.value, process_dates, ticked});
        w.end_object();
    }
    w.end_object();
    return w.take();
}

std::optional<Case> case_so_far(const Answers& a, const PolicyCatalogue& catalogue, Date today) {
    if (answer(a, "landlord").empty() || date_answer(a, "issue.event_date").empty()) return std::nullopt;
    InputError error;
    return parse_case(case_json_from_answers(a, today), catalogue, today, error);
}

Answers answers_from_case(const Case& c) {
    Answers a;
    std::vector<std::string> circumstances;
    visit_fields(c, [&](const CaseField& f, const auto& member) {
        using T = std::decay_t<decltype(member)>;
        const std::string key = f.path();
        if constexpr (std::is_same_v<T, bool>) {
            if (f.asked == Asked::yes_no || (f.asked == Asked::carried && member))
                a[key] = std::string(name_of(member ? YesNo::yes : YesNo::no));
            if (f.asked == Asked::circumstance && member) circumstances.emplace_back(f.key);
        } else if constexpr (std::is_same_v<T, std::optional<Date>> || std::is_same_v<T, Date>) {
            const std::optional<Date> d = member;
            if (f.asked != Asked::date || !d) return;
            const date::year_month_day ymd{*d};
            const auto ids = date_part_ids(key);
            a[ids[0]] = std::to_string(unsigned(ymd.day()));
            a[ids[1]] = std::to_string(unsigned(ymd.month()));
            a[ids[2]] = std::to_string(int(ymd.year()));
        } else if constexpr (std::is_same_v<T, std::vector<std::string>>) {
            std::string text;
            for (const std::string& line : member) text += (text.empty() ? "" : "\n") + line;
            if (!text.empty()) a[key] = std::move(text);
        } else if constexpr (std::is_same_v<T, std::vector<Adjustment>>) {
            std::vector<std::string> names;
            for (Adjustment adj : member) names.emplace_back(name_of(adj));
            if (!names.empty()) a["adjustments"] = join_list(names);
        } else if (f.asked == Asked::answer) {
            if (std::string text = as_answer(member); !text.empty()) a[key] = std::move(text);
        }
    });
    a["circumstances"] = circumstances.empty() ? std::string(name_of(Circumstance::none)) : join_list(circumstances);
    a["progress"] = std::string(name_of(progress_of(c.process)));
    return a;
}

}  // namespace redress::wizard
