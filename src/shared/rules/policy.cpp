#include "rules/policy.h"

#include <algorithm>

#include "json/input.h"

namespace redress {
namespace {

constexpr int kSchemaVersion = 2;

// Reads one policy file's parts. `prefix` comes before each clause in a verdict: "Halton Housing
// policy ", or "" for the Code (whose clauses already say "Code").
class PolicyReader {
public:
    PolicyReader(JsonValue root, const Policy& policy, InputError& error)
        : r_(root, "", &error), error_(error), policy_(&policy) {}

    bool ok() const { return r_.ok(); }
    void fail(const std::string& field, std::string message) { r_.fail(field, std::move(message)); }

    void header(Policy& p);
    void contact(Policy& p);
    void service_request(Policy& p);
    void time_limit(Policy& p);
    void exclusions(Policy& p);
    void consent(Policy& p);
    void stages(Policy& p);
    void notes(Policy& p);
    void ombudsman(Policy& p);
    void review(Policy& p);

private:
    Citation citation(std::string cite, std::string quote) const {
        Citation c;
        c.full_cite = clause_words(*policy_, cite);
        c.cite = std::move(cite);
        c.quote = std::move(quote);
        return c;
    }
    Citation read_citation(FieldReader& r) const {
        std::string cite = r.string("cite", true, 200);
        return citation(std::move(cite), r.string("quote", true, 1000));
    }
    Timescale read_timescale(FieldReader& r) const {
        Timescale t;
        t.count = r.integer("count", 1, 366, true);
        t.unit = r.pick<Unit>("unit", Unit::working_days, true);
        t.from = r.pick<TimescaleFrom>("from", TimescaleFrom::receipt, true);
        t.from_stated = r.boolean("from_stated", true);
        t.beyond = r.pick<ExtensionLimit>("beyond", ExtensionLimit::firm);
        t.source = read_citation(r);
        return t;
    }
    std::optional<Timescale> timescale(FieldReader& parent, const char* key) {
        const auto node = parent.object(key);
        if (!node) return std::nullopt;
        FieldReader t(node, parent.path_of(key), &error_);
        return read_timescale(t);
    }
    StageTimescales stage(FieldReader& stages, const char* key) {
        StageTimescales s;
        const auto node = stages.object(key);
        if (!node) return s;
        FieldReader st(node, stages.path_of(key), &error_);
        s.acknowledge = timescale(st, "acknowledge");
        s.response = timescale(st, "response");
        s.extension = timescale(st, "extension");
        return s;
    }
    FieldReader r_;
    InputError& error_;
    const Policy* policy_;  // the policy being read: its name and whether it is the Code, once read
};

void PolicyReader::header(Policy& p) {
    if (r_.integer("schema", 1, 1000, true) != kSchemaVersion && r_.ok())
        r_.fail("schema", "must be " + std::to_string(kSchemaVersion) + " (this version of Redress reads schema " +
                              std::to_string(kSchemaVersion) + ")");
    p.id = r_.string("id", true, 80);
    if (r_.ok() && (p.id.empty() || p.id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") != std::string::npos))
        r_.fail("id", "must be lower-case letters, digits and hyphens");
    p.name = r_.string("name", true, 200);
    p.short_name = r_.string("short_name", true, 100);
    p.document = r_.string("document", true, 200);
    p.date = r_.string("date", true, 100);
    p.source_file = r_.string("source", true, 200);
    p.cite_prefix = r_.string("cite_prefix", true, 200);
    p.baseline = r_.boolean("baseline");
    p.quotes_summarised = r_.boolean("quotes_summarised");
    if (const auto st = r_.object("statutory", p.baseline)) {
        FieldReader sr(st, "statutory", &error_);
        std::string problem;
        const std::string from = sr.string("from", true, 20);
        if (sr.ok() && !(p.statutory_from = parse_iso_date(from, &problem))) sr.fail("statutory.from", problem);
        p.statutory = read_citation(sr);
    }
    if (const auto def = r_.object("definition", p.baseline)) {
        FieldReader dr(def, "definition", &error_);
        p.definition = read_citation(dr);
    }
}

void PolicyReader::contact(Policy& p) {
    if (const auto c = r_.object("contact", true)) {
        FieldReader cr(c, "contact", &error_);
        p.contact.phone = cr.string("phone", false, 100);
        p.contact.email = cr.string("email", false, 200);
        p.contact.post = cr.string("post", false, 500);
        p.contact.web = cr.string("web", false, 200);
        p.contact.note = cr.string("note", false, 500);
        p.contact.source = read_citation(cr);
    }
    if (const auto e = r_.object("eligible_roles")) {
        FieldReader er(e, "eligible_roles", &error_);
        p.eligible_roles = er.pick_list<Role>("roles");
        p.eligible_source = read_citation(er);
    }
}

void PolicyReader::service_request(Policy& p) {
    const auto s = r_.object("service_request", true);
    if (!s) return;
    FieldReader sr(s, "service_request", &error_);
    p.service_request = read_citation(sr);
    p.service_request_formal_when = sr.pick_list<Flag>("formal_when");
    if (!p.service_request_formal_when.empty()) {
        std::string cite = sr.string("formal_cite", true, 200);
        p.service_request_formal = citation(std::move(cite), sr.string("formal_quote", true, 1000));
    }
}

void PolicyReader::time_limit(Policy& p) {
    const auto t = r_.object("time_limit", true);
    if (!t) return;
    FieldReader tr(t, "time_limit", &error_);
    auto& limit = p.time_limit;
    limit.months = tr.integer("months", 1, 120, true);
    limit.from = tr.pick<TimeFrom>("from", TimeFrom::event, true);
    limit.discretion = tr.boolean("discretion");
    limit.awareness_ambiguous = tr.boolean("awareness_ambiguous");
    limit.exceptions = tr.pick_list<Flag>("exceptions");
    limit.ambiguity = tr.string("ambiguity", limit.awareness_ambiguous, 1000);
    limit.source = read_citation(tr);
}

void PolicyReader::exclusions(Policy& p) {
    for (FieldReader& er : r_.objects("exclusions", true)) {
        Exclusion x;
        x.id = er.string("id", true, 80);
        x.when = er.pick<Trigger>("when", Trigger::always, true);
        x.unless = er.pick_list<Flag>("unless");
        x.discretion_when = er.pick_list<Flag>("discretion_when");
        x.result = er.pick<ExclusionResult>("result", ExclusionResult::info, true);
        x.code = er.pick<CodeStatus>("code", CodeStatus::allowed, true);
        x.code_cite = er.string("code_cite", x.result == ExclusionResult::excluded && !p.baseline, 200);
        x.code_reason = er.string("code_reason", x.code != CodeStatus::allowed, 1000);
        x.source = read_citation(er);
        x.reason = er.string("reason", true, 1000);
        x.letter = er.string("letter", false, 1000);
        p.exclusions.push_back(std::move(x));
    }
    if (const auto f = r_.object("refusal", p.baseline)) {
        FieldReader fr(f, "refusal", &error_);
        p.refusal = read_citation(fr);
    }
}

void PolicyReader::consent(Policy& p) {
    for (FieldReader& cr : r_.objects("consent", true)) {
        Policy::ConsentRule rule;
        rule.kinds = cr.pick_list<RepresentativeKind>("for");
        rule.needs = cr.pick<ConsentNeed>("needs", ConsentNeed::unclear, true);
        rule.reason = cr.string("reason", rule.needs == ConsentNeed::nothing || rule.needs == ConsentNeed::unclear, 1000);
        rule.source = read_citation(cr);
        p.consent.push_back(std::move(rule));
    }
    // Every kind of representative in exactly one rule, so the engine never has to guess.
    for (const auto& row : Vocabulary<RepresentativeKind>::rows) {
        if (row.value == RepresentativeKind::none || !r_.ok()) continue;
        int rules = 0;
        for (const Policy::ConsentRule& rule : p.consent)
            rules += int(std::count(rule.kinds.begin(), rule.kinds.end(), row.value));
        if (rules != 1)
            r_.fail("consent", "\"" + std::string(row.name) + "\" is in " + std::to_string(rules) +
                                   " rules; every kind of representative must be in exactly one");
    }
}

void PolicyReader::stages(Policy& p) {
    const auto stages = r_.object("stages", true);
    if (!stages) return;
    FieldReader sr(stages, "stages", &error_);
    p.stage1 = stage(sr, "stage1");
    p.stage2 = stage(sr, "stage2");
    if (const auto w = sr.object("escalation_window")) {
        FieldReader wr(w, "stages.escalation_window", &error_);
        Policy::EscalationWindow window;
        window.timescale = read_timescale(wr);
        window.binding = wr.boolean("binding", true);
        window.reason = wr.string("reason", !window.binding, 1000);
        p.escalation_window = window;
    }
}

void PolicyReader::notes(Policy& p) {
    for (FieldReader& nr : r_.objects("notes")) {
        PolicyNote n;
        n.rule = nr.string("rule", true, 80);
        n.result = nr.pick<NoteResult>("result", NoteResult::info, true);
        n.code_cite = nr.string("code_cite", n.result == NoteResult::conflict, 200);
        n.reason = nr.string("reason", true, 1000);
        n.letter = nr.string("letter", false, 1000);
        n.source = read_citation(nr);
        p.notes.push_back(std::move(n));
    }
}

void PolicyReader::ombudsman(Policy& p) {
    const auto o = r_.object("ombudsman", p.baseline);
    if (!o) return;
    FieldReader orr(o, "ombudsman", &error_);
    Policy::Ombudsman om;
    om.phone = orr.string("phone", true, 100);
    om.post = orr.string("post", true, 300);
    om.online = orr.string("online", true, 500);
    om.time_limit.count = orr.integer("months", 1, 120, true);
    om.time_limit.unit = Unit::months;
    om.time_limit.from = TimescaleFrom::answer;  // the landlord's final answer
    om.time_limit.source = read_citation(orr);
    p.ombudsman = om;
}

// A landlord's policy must say when it is due for review or ends; the Code has no such date.
void PolicyReader::review(Policy& p) {
    const auto node = r_.object("review", !p.baseline);
    if (!node) return;
    if (p.baseline) return r_.fail("review", "the baseline policy (the Code) has no review date");
    FieldReader rr(node, "review", &error_);
    Policy::Review review;
    review.stated = rr.string("date", true, 100);
    const std::string last_day = rr.string("last_day", true, 20);
    std::string problem;
    if (const auto d = parse_supported_date(last_day, &problem)) review.last_day = *d;
    else if (rr.ok()) rr.fail("review.last_day", problem);
    review.kind = rr.pick<ReviewKind>("kind", ReviewKind::review, true);
    review.source = read_citation(rr);
    p.review = std::move(review);
}

}  // namespace

std::optional<Policy> load_policy(std::string_view json_text, std::string_view file_name, InputError& error) {
    return read_data_file<Policy>(json_text, file_name, error, [&error](JsonValue root, Policy& p) {
        PolicyReader r(root, p, error);
        r.header(p);
        r.contact(p);
        r.service_request(p);
        r.time_limit(p);
        r.exclusions(p);
        r.consent(p);
        r.stages(p);
        r.notes(p);
        r.ombudsman(p);
        r.review(p);
        // The baseline must give every Code timescale: it fills the gaps in every landlord's policy.
        if (r.ok() && p.baseline && !(p.stage1.acknowledge && p.stage1.response && p.stage1.extension &&
                                      p.stage2.acknowledge && p.stage2.response && p.stage2.extension))
            r.fail("stages", "the baseline policy must give every stage 1 and stage 2 timescale");
        // The engine and the stage 2 letter cite the Code's escalation provisions from this note.
        if (r.ok() && p.baseline && find_note(p, KnownNote::escalation_no_reasons) == nullptr)
            r.fail("notes", "the baseline policy must have the note \"escalation-no-reasons\" (the Code's stage 2 provisions)");
    });
}

std::string clause_words(const Policy& p, std::string_view cite) {
    if (p.baseline) return std::string(cite);
    const bool numbered = !cite.empty() && cite.front() >= '0' && cite.front() <= '9';
    return p.short_name + (numbered ? " policy " : " policy, ") + std::string(cite);
}

const Policy::ConsentRule& consent_rule(const Policy& p, RepresentativeKind kind) {
    for (const Policy::ConsentRule& rule : p.consent)
        if (std::find(rule.kinds.begin(), rule.kinds.end(), kind) != rule.kinds.end()) return rule;
    return p.consent.front();  // only for "none", which no rule lists and nothing asks about
}

const PolicyNote* find_note(const Policy& p, KnownNote rule) {
    for (const PolicyNote& n : p.notes)
        if (n.rule == name_of(rule)) return &n;
    return nullptr;
}

const std::string& note_cite(const Policy& p, KnownNote rule) {
    static const std::string none;
    const PolicyNote* n = find_note(p, rule);
    return n ? n->source.full_cite : none;
}

bool quote_is_summary(const Policy& code, std::string_view cite) {
    if (!code.quotes_summarised) return false;
    const auto starts = [cite](std::string_view prefix) {
        return !prefix.empty() && cite.substr(0, prefix.size()) == prefix;
    };
    return starts(code.cite_prefix) || (code.ombudsman && starts(code.ombudsman->time_limit.source.cite));
}

}  // namespace redress
