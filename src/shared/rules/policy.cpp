#include "rules/policy.h"

#include "json/input.h"
#include "rules/vocabulary.h"

namespace redress {
namespace {

constexpr int kSchemaVersion = 1;
const std::vector<std::string_view> kUnits = {"working-days", "days", "months"};
const std::vector<std::string_view> kExclusionResults = {"excluded", "discretion", "info"};
const std::vector<std::string_view> kCodeStatus = {"allowed", "conflict"};
const std::vector<std::string_view> kNoteResults = {"info", "discretion", "conflict"};
const std::vector<std::string_view> kTimeFrom = {"event", "event-or-awareness", "latest-contact"};

// `prefix` comes before the clause in a verdict: "Halton Housing policy ", or "" for the Code.
Citation citation(std::string cite, std::string quote, const std::string& prefix) {
    Citation c;
    c.full_cite = prefix + cite;
    c.cite = std::move(cite);
    c.quote = std::move(quote);
    return c;
}

Citation read_citation(FieldReader& r, const std::string& prefix) {
    std::string cite = r.string("cite", true, 200);
    return citation(std::move(cite), r.string("quote", true, 1000), prefix);
}

Timescale read_timescale(FieldReader& r, const std::string& prefix) {
    Timescale t;
    t.count = r.integer("count", 1, 366, true);
    t.unit = r.choice("unit", kUnits, "", true);
    t.source = read_citation(r, prefix);
    return t;
}

}  // namespace

std::optional<Policy> load_policy(std::string_view json_text, std::string_view file_name, InputError& error) {
    error = {};
    JsonTree tree;
    if (!parse_json(json_text, tree, error)) {
        error.field = std::string(file_name);
        return std::nullopt;
    }
    const JsonValue root = tree.root();
    Policy p;
    FieldReader r(root, "", &error);
    if (!root.is_object()) r.fail("", "must be a JSON object");

    std::string prefix;  // before each clause in a verdict, once the policy's name is known
    const auto timescale = [&error, &prefix](FieldReader& parent, const char* key) -> std::optional<Timescale> {
        const auto node = parent.object(key);
        if (!node) return std::nullopt;
        FieldReader t(node, parent.path_of(key), &error);
        return read_timescale(t, prefix);
    };
    const auto stage = [&](const char* key) {
        StageTimescales s;
        const auto stages = r.object("stages", true);
        if (!stages) return s;
        FieldReader sr(stages, "stages", &error);
        const auto node = sr.object(key);
        if (!node) return s;
        FieldReader st(node, sr.path_of(key), &error);
        s.acknowledge = timescale(st, "acknowledge");
        s.response = timescale(st, "response");
        s.extension = timescale(st, "extension");
        return s;
    };

    if (r.integer("schema", 1, 1000, true) != kSchemaVersion && r.ok())
        r.fail("schema", "must be " + std::to_string(kSchemaVersion) + " (this version of Redress reads schema 1)");
    p.id = r.string("id", true, 80);
    if (r.ok() && (p.id.empty() || p.id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") != std::string::npos))
        r.fail("id", "must be lower-case letters, digits and hyphens");
    p.name = r.string("name", true, 200);
    p.short_name = r.string("short_name", true, 100);
    p.document = r.string("document", true, 200);
    p.date = r.string("date", true, 100);
    p.source_file = r.string("source", true, 200);
    p.cite_prefix = r.string("cite_prefix", true, 200);
    p.baseline = r.boolean("baseline");
    if (!p.baseline) prefix = p.short_name + " policy ";
    if (const auto st = r.object("statutory", p.baseline)) {
        FieldReader sr(st, "statutory", &error);
        std::string problem;
        const std::string from = sr.string("from", true, 20);
        if (sr.ok() && !(p.statutory_from = parse_iso_date(from, &problem))) sr.fail("statutory.from", problem);
        p.statutory = read_citation(sr, prefix);
    }
    if (const auto def = r.object("definition", p.baseline)) {
        FieldReader dr(def, "definition", &error);
        p.definition = read_citation(dr, prefix);
    }

    if (const auto c = r.object("contact", true)) {
        FieldReader cr(c, "contact", &error);
        p.contact.phone = cr.string("phone", false, 100);
        p.contact.email = cr.string("email", false, 200);
        p.contact.post = cr.string("post", false, 500);
        p.contact.web = cr.string("web", false, 200);
        p.contact.note = cr.string("note", false, 500);
        p.contact.source = read_citation(cr, prefix);
    }
    if (const auto e = r.object("eligible_roles")) {
        FieldReader er(e, "eligible_roles", &error);
        p.eligible_roles = er.string_list("roles", vocabulary::kRoles);
        p.eligible_source = read_citation(er, prefix);
    }
    if (const auto s = r.object("service_request", true)) {
        FieldReader sr(s, "service_request", &error);
        p.service_request = read_citation(sr, prefix);
        p.service_request_formal_when = sr.string_list("formal_when", vocabulary::kFlags);
        if (!p.service_request_formal_when.empty()) {
            std::string cite = sr.string("formal_cite", true, 200);
            p.service_request_formal = citation(std::move(cite), sr.string("formal_quote", true, 1000), prefix);
        }
    }
    if (const auto t = r.object("time_limit", true)) {
        FieldReader tr(t, "time_limit", &error);
        p.time_limit.months = tr.integer("months", 1, 120, true);
        p.time_limit.from = tr.choice("from", kTimeFrom, "", true);
        p.time_limit.discretion = tr.boolean("discretion");
        p.time_limit.awareness_ambiguous = tr.boolean("awareness_ambiguous");
        p.time_limit.exceptions = tr.string_list("exceptions", vocabulary::kFlags);
        p.time_limit.ambiguity = tr.string("ambiguity", p.time_limit.awareness_ambiguous, 1000);
        p.time_limit.source = read_citation(tr, prefix);
    }
    if (const auto list = r.array("exclusions", true)) {
        std::size_t i = 0;
        for (const JsonValue item : list.children()) {
            if (!r.ok()) break;
            const std::string path = "exclusions[" + std::to_string(i++) + "]";
            if (!item.is_object()) {
                r.fail(path, "must be an object");
                break;
            }
            FieldReader er(item, path, &error);
            Exclusion x;
            x.id = er.string("id", true, 80);
            x.when = er.choice("when", vocabulary::kTriggers, "", true);
            x.unless = er.string_list("unless", vocabulary::kFlags);
            x.discretion_when = er.string_list("discretion_when", vocabulary::kFlags);
            x.result = er.choice("result", kExclusionResults, "", true);
            x.code = er.choice("code", kCodeStatus, "", true);
            x.code_cite = er.string("code_cite", x.result == "excluded" && !p.baseline, 200);
            x.code_reason = er.string("code_reason", x.code == "conflict", 1000);
            x.source = read_citation(er, prefix);
            x.reason = er.string("reason", true, 1000);
            p.exclusions.push_back(std::move(x));
        }
    }
    if (const auto f = r.object("refusal", p.baseline)) {
        FieldReader fr(f, "refusal", &error);
        p.refusal = read_citation(fr, prefix);
    }
    if (const auto c = r.object("consent", true)) {
        FieldReader cr(c, "consent", &error);
        p.consent.required_for = cr.string_list("required_for", vocabulary::kRepresentatives);
        p.consent.result = cr.choice("result", {"discretion"}, "");
        p.consent.reason = cr.string("reason", false, 1000);
        p.consent.not_required_reason = cr.string("not_required_reason", false, 1000);
        p.consent.source = read_citation(cr, prefix);
    }
    p.stage1 = stage("stage1");
    p.stage2 = stage("stage2");
    if (const auto stages = r.object("stages", true)) {
        FieldReader sr(stages, "stages", &error);
        if (const auto w = sr.object("escalation_window")) {
            FieldReader wr(w, "stages.escalation_window", &error);
            Policy::EscalationWindow window;
            window.timescale = read_timescale(wr, prefix);
            window.binding = wr.boolean("binding", true);
            window.reason = wr.string("reason", !window.binding, 1000);
            p.escalation_window = window;
        }
    }
    if (const auto list = r.array("notes")) {
        std::size_t i = 0;
        for (const JsonValue item : list.children()) {
            if (!r.ok()) break;
            const std::string path = "notes[" + std::to_string(i++) + "]";
            FieldReader nr(item, path, &error);
            if (!item.is_object()) {
                nr.fail(path, "must be an object");
                break;
            }
            PolicyNote n;
            n.rule = nr.string("rule", true, 80);
            n.result = nr.choice("result", kNoteResults, "", true);
            n.code_cite = nr.string("code_cite", n.result == "conflict", 200);
            n.reason = nr.string("reason", true, 1000);
            n.source = read_citation(nr, prefix);
            p.notes.push_back(std::move(n));
        }
    }
    if (const auto o = r.object("ombudsman", p.baseline)) {
        FieldReader orr(o, "ombudsman", &error);
        Policy::Ombudsman om;
        om.phone = orr.string("phone", true, 100);
        om.post = orr.string("post", true, 300);
        om.online = orr.string("online", true, 500);
        om.time_limit.count = orr.integer("months", 1, 120, true);
        om.time_limit.unit = "months";
        om.time_limit.source = read_citation(orr, prefix);
        p.ombudsman = om;
    }
    // The baseline must give every Code timescale: it fills the gaps in every landlord's policy.
    if (r.ok() && p.baseline && !(p.stage1.acknowledge && p.stage1.response && p.stage1.extension &&
                                  p.stage2.acknowledge && p.stage2.response && p.stage2.extension))
        r.fail("stages", "the baseline policy must give every stage 1 and stage 2 timescale");
    // The engine and the stage 2 letter cite the Code's escalation provisions from this note.
    if (r.ok() && p.baseline && note_cite(p, "escalation-no-reasons").empty())
        r.fail("notes", "the baseline policy must have the note \"escalation-no-reasons\" (the Code's stage 2 provisions)");
    if (!r.ok()) {
        error.field = std::string(file_name) + (error.field.empty() ? "" : ": " + error.field);
        return std::nullopt;
    }
    return p;
}

const std::string& note_cite(const Policy& p, std::string_view rule) {
    static const std::string none;
    for (const PolicyNote& n : p.notes)
        if (n.rule == rule) return n.source.full_cite;
    return none;
}

}  // namespace redress
