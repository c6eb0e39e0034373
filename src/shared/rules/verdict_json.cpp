#include "rules/verdict_json.h"

#include "util/short_sort.h"

namespace redress {
namespace {

// A date's text needs no escaping, so it is written as it is, quoted, with no string made.
void date_value(JsonWriter& w, Date d) {
    char quoted[12];
    if (!write_iso_date(d, quoted + 1)) {
        w.value(format_iso_date(d));
        return;
    }
    quoted[0] = quoted[11] = '"';
    w.raw(std::string_view(quoted, sizeof quoted));
}
template <std::size_t N>
void date_field(JsonWriter& w, const char (&key)[N], Date d) {
    w.key(key);
    date_value(w, d);
}
void date_field(JsonWriter& w, std::string_view key, Date d) {
    w.key(key);
    date_value(w, d);
}

void write_finding(JsonWriter& w, const Finding& f) {
    w.begin_object().field("cite", f.cite);
    if (!f.code_cite.empty()) w.field("code_cite", f.code_cite);
    if (!f.quote.empty()) w.field("quote", f.quote);
    w.field("reason", f.reason).field("result", name_of(f.result)).field("rule", f.rule.name()).end_object();
}

void write_time_limit(JsonWriter& w, const Verdict::TimeLimit& t) {
    w.begin_object().field("cite", t.cite);
    if (t.code_months && t.code_ends) {
        w.key("code").begin_object();
        date_field(w, "ends", *t.code_ends);
        w.field("months", *t.code_months).end_object();
    }
    date_field(w, "ends", t.ends);
    w.field("in_time", t.in_time);
    date_field(w, "measured_from", t.measured_from);
    w.field("months", t.months);
    w.key("policy").begin_object();
    date_field(w, "ends", t.policy_ends);
    w.field("months", t.policy_months).end_object();
    w.end_object();
}

void write_deadline_detail(JsonWriter& w, const Deadline& d) {
    w.begin_object().field("anchor", name_of(d.anchor));
    date_field(w, "anchor_date", d.anchor_date);
    w.key("bank_holidays").begin_array();
    for (const BankHoliday& h : d.holidays) {
        w.begin_object();
        date_field(w, "date", h.date);
        w.field("title", h.title).end_object();
    }
    w.end_array();
    w.field("basis", name_of(d.basis)).field("cite", d.cite);
    if (d.code_date) date_field(w, "code_date", *d.code_date);
    w.field("count", d.count);
    date_field(w, "date", d.date);
    w.field("key", name_of(d.key));
    if (d.policy_date) date_field(w, "policy_date", *d.policy_date);
    w.field("unit", name_of(d.unit)).field("working_days", d.working_days).end_object();
}

}  // namespace

std::string Rule::name() const {
    const RuleKindRow& row = row_of(kind);
    std::string out(row.name);
    if (!detail.empty()) out.append(":").append(detail);
    return out.append(row.suffix);
}

void write_verdict(JsonWriter& w, const Verdict& v, const std::vector<std::string>* ignored_fields) {
    w.begin_object();
    w.field("awaabs_law", v.awaabs_law);
    w.field("code_applies", v.code_applies);
    w.key("conflicts").begin_array();
    for (const Finding& f : v.findings)
        if (f.result == FindingResult::conflict) write_finding(w, f);
    w.end_array();
    w.field("consent_required", v.consent_required);
    w.key("deadline_details").begin_array();
    for (const Deadline& d : v.deadlines) write_deadline_detail(w, d);
    w.end_array();

    // The contract's map of key to date. JSON keeps one value per key, so where a key came up
    // twice the later one stands, as it always has.
    w.key("deadlines").begin_object();
    std::vector<const Deadline*> sorted;
    sorted.reserve(v.deadlines.size());
    for (const Deadline& d : v.deadlines) {
        bool replaced = false;
        for (auto& s : sorted)
            if (s->key == d.key) s = &d, replaced = true;
        if (!replaced) sorted.push_back(&d);
    }
    short_sort(sorted.begin(), sorted.end(),
               [](const Deadline* a, const Deadline* b) { return name_of(a->key) < name_of(b->key); });
    for (const Deadline* d : sorted) date_field(w, name_of(d->key), d->date);
    w.end_object();

    w.key("exclusions").begin_array();
    for (const auto& e : v.exclusions)
        w.begin_object().field("cite", e.cite).field("id", e.id).field("result", name_of(e.result)).end_object();
    w.end_array();
    w.key("findings").begin_array();
    for (const Finding& f : v.findings) write_finding(w, f);
    w.end_array();
    w.field("headline", v.headline);
    if (ignored_fields != nullptr && !ignored_fields->empty()) w.key("ignored_fields").string_list(*ignored_fields);
    w.field("landlord", v.landlord).field("landlord_name", v.landlord_name);
    w.key("next_steps").begin_array();
    for (const auto& s : v.next_steps)
        w.begin_object().field("cite", s.cite).field("step", name_of(s.id)).field("text", s.text).end_object();
    w.end_array();
    const auto& o = v.ombudsman;
    w.key("ombudsman").begin_object().field("cite", o.cite).field("months", o.months).field("online", o.online);
    w.field("phone", o.phone).field("post", o.post).end_object();
    w.field("outcome", name_of(v.outcome));
    if (v.policy_current) w.field("policy_current", *v.policy_current);
    w.field("policy_outcome", name_of(v.policy_outcome));
    w.key("time_limit");
    write_time_limit(w, v.time_limit);
    w.end_object();
}

std::string verdict_json(const Verdict& v, int indent, const std::vector<std::string>* ignored_fields) {
    JsonWriter w(indent);
    write_verdict(w, v, ignored_fields);
    return w.take();
}

void write_input_error(JsonWriter& w, const InputError& e) {
    w.begin_object().field("field", e.field).field("message", e.message).end_object();
}

}  // namespace redress
