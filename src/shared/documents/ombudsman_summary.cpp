// The summary for the Housing Ombudsman: who is complaining and who acts for them, with their
// contact details; the complaint and its timeline, each deadline met or missed; what is still not
// put right; where the policy falls short of the Code; the landlord's answers to attach; and what
// the tenant asks the Ombudsman to do.
#include "documents/letter_kinds.h"
#include "documents/user_text.h"
#include "rules/engine.h"

namespace redress::letters {
namespace {

bool blank(std::string_view text) { return clean_user_text(text).find_first_not_of(" \n") == std::string::npos; }

std::string contact_lines(std::initializer_list<std::pair<std::string_view, const std::string*>> parts) {
    std::string out;
    for (const auto& [label, value] : parts)
        if (!value->empty()) out.append(out.empty() ? "" : "\n").append(label).append(*value);
    return clean_user_text(out);
}

void who_is_complaining(LetterWriter& w) {
    const Case& c = w.c();
    w.heading("Who is complaining");
    if (!c.issue.anonymous) {
        const auto& t = c.complainant;
        w.user_paragraph(contact_lines({{"", &t.name}, {"", &t.address}, {"Email: ", &t.email}, {"Phone: ", &t.phone}}));
    }
    w.say("{I am|{Tenant} is} a " + std::string(row_of(c.complainant.role).words) + ".");
    if (!c.complainant.reference.empty()) w.user_paragraph("Tenancy reference: " + clean_user_line(c.complainant.reference));
    if (!c.process.complaint_reference.empty())
        w.user_paragraph("The landlord's complaint reference: " + clean_user_line(c.process.complaint_reference));
    const auto& r = c.representative;
    if (r.kind == RepresentativeKind::none) return;
    w.heading("Acting for {them|{tenant}}");
    w.say(std::string(w.representative_speaks() ? "I am their " : "My ") + std::string(row_of(r.kind).words) +
          (w.representative_speaks() ? "." : " acts for me."));
    w.user_paragraph(contact_lines({{"", &r.name}, {"", &r.organisation}, {"Email: ", &r.email}, {"Phone: ", &r.phone},
                                    {"Their reference: ", &r.reference}}));
}

// What happened, what was sent, what came back, and each deadline met or missed, by date.
void timeline(LetterWriter& w) {
    const Case& c = w.c();
    const auto& p = c.process;
    struct Event {
        Date date;
        std::string text;
    };
    std::vector<Event> events;
    const auto& i = c.issue;
    events.push_back({i.event_date, i.ongoing ? "The problem happened, and it is still happening." : "The problem happened."});
    if (i.aware_date && *i.aware_date != i.event_date) events.push_back({*i.aware_date, w.words("{I|{Tenant}} found out about it.")});
    if (i.last_raised) events.push_back({*i.last_raised, w.words("{I|{Tenant}} last raised it with {landlord}.")});
    const std::pair<const std::optional<Date>&, const char*> steps[] = {
        {p.stage1_submitted, "Complaint sent (stage 1)."},
        {p.stage1_acknowledged, "The landlord acknowledged the complaint."},
        {p.stage1_response, "The landlord sent its stage 1 answer."},
        {p.stage2_requested, "Stage 2 asked for."},
        {p.stage2_acknowledged, "The landlord acknowledged the stage 2 request."},
        {p.stage2_response, "The landlord sent its stage 2 (final) answer."}};
    for (const auto& [date, text] : steps)
        if (date) events.push_back({*date, text});
    for (const DeadlineKindRow& kind : Vocabulary<DeadlineKey>::rows) {
        const Deadline* dl = find_deadline(w.v(), kind.value);
        if (dl == nullptr || kind.met_by == nullptr) continue;
        // An extension counts only where the landlord wrote in time to ask for it (issue 28).
        const bool extended = kind.stage > 0 && extension_notified_in_time(c, w.v(), kind.stage);
        if (kind.part == StagePart::extension && !extended) continue;
        const std::optional<Date>& done = *step_meeting(p, kind.value);
        std::string text = "Deadline to " + kind_words(kind.duty, w.landlord(), hazard_class(c.issue)) + " (" + std::string(dl->cite) + "): ";
        const Deadline* ext = kind.part == StagePart::response && extended
                                  ? find_deadline(w.v(), kind.stage == 1 ? DeadlineKey::stage1_response_extended
                                                                         : DeadlineKey::stage2_response_extended)
                                  : nullptr;
        if (done && *done <= dl->date) text += "met, on " + format_long_date(*done) + ".";
        else if (done && ext && *done <= ext->date)
            text += "met within the extension the landlord wrote of, on " + format_long_date(*done) + ".";
        else if (done) text += "missed; it happened on " + format_long_date(*done) + ".";
        else if (step_done(p, kind.value)) text += "done; the date is not known.";  // implied by a later step
        else if (c.today > dl->date) text += "missed; not done by " + format_long_date(c.today) + ".";
        else text += "not yet reached.";
        events.push_back({dl->date, std::move(text)});
    }
    // By date, events on the same day in the order above. A handful of events: an insertion sort
    // (stable, like std::stable_sort, whose merge code is 3 KB of the browser download).
    for (std::size_t next = 1; next < events.size(); ++next)
        for (std::size_t k = next; k > 0 && events[k].date < events[k - 1].date; --k) std::swap(events[k], events[k - 1]);
    w.heading("Timeline");
    for (const Event& e : events) w.say_item(format_long_date(e.date) + ": " + e.text);
}

// The landlord's own letters, to attach: the complaint and each answer, by date.
void attachments(LetterWriter& w) {
    const auto& p = w.c().process;
    const std::pair<const std::optional<Date>&, const char*> letters[] = {
        {p.stage1_submitted, "the complaint"},
        {p.stage1_response, "the landlord's stage 1 answer"},
        {p.stage2_requested, "the request for stage 2"},
        {p.stage2_response, "the landlord's final answer"}};
    bool any = false;
    for (const auto& [date, what] : letters) {
        if (!date) continue;
        if (!any) w.heading("Attached");
        any = true;
        w.say_item(std::string("A copy of ") + what + ", dated " + format_long_date(*date) + ".");
    }
    for (const std::string& item : w.c().issue.enclosures) {
        if (blank(item)) continue;
        if (!any) w.heading("Attached");
        any = true;
        w.user_item(item);
    }
}

}  // namespace

void ombudsman_summary(LetterWriter& w, Document& d) {
    const Case& c = w.c();
    const Verdict& v = w.v();
    const auto& p = c.process;
    d.title = "Summary for the Housing Ombudsman";
    d.subject = "Complaint about " + w.landlord() + ": " + subject_words(w);
    w.heading("Summary for the Housing Ombudsman");
    w.say("This is a summary of a complaint to {landlord}.");
    who_is_complaining(w);
    w.heading("What the complaint is about");
    w.user_paragraph(c.issue.summary);
    w.user_paragraph(c.issue.details);
    timeline(w);
    w.heading("What is still not put right");
    if (blank(p.unresolved)) w.say("All of the complaint above.");
    else w.user_paragraph(p.unresolved);
    if (!blank(p.resolved)) {
        w.heading("What the landlord has put right");
        w.user_paragraph(p.resolved);
    }
    // Each step the landlord took late: the complaint-handling failures the Ombudsman looks at.
    bool any_late = false;
    for (const Finding& f : v.findings) {
        if (f.rule.kind != RuleKind::late && !(f.rule.kind == RuleKind::overdue && p.stage2_response)) continue;
        if (!any_late) w.heading("How the complaint was handled");
        any_late = true;
        w.say_item(f.reason + " (" + std::string(f.cite) + ")");
    }
    bool any_conflict = false;
    for (const Finding& f : v.findings) {
        if (f.result != FindingResult::conflict) continue;
        if (!any_conflict) w.heading("Where the landlord's policy falls short of the Code");
        any_conflict = true;
        // The finding's reason speaks to the tenant; the Ombudsman reads the clause and the
        // provision it does not follow.
        w.quote(f.quote, f.cite);
        if (!f.code_cite.empty()) w.say("This does not follow " + std::string(f.code_cite) + ".");
    }
    w.heading("What {I ask|{tenant} asks} the Ombudsman to do");
    w.say("To look at how {landlord} dealt with this complaint, and to decide what it should do to put things right.");
    if (!blank(c.issue.outcome_sought)) {
        w.say("{I want|{Tenant} wants} the landlord to do this:");
        w.user_paragraph(c.issue.outcome_sought);
    }
    attachments(w);
    w.advise("Send this to the Housing Ombudsman, with copies of the complaint and of the landlord's answers. Phone " +
             std::string(v.ombudsman.phone) + ", or use " + std::string(v.ombudsman.online) + ".");
    if (const Deadline* by = find_deadline(v, DeadlineKey::ombudsman_by))
        w.advise("Send it by " + format_long_date(by->date) + ": " + std::to_string(v.ombudsman.months) +
                 " months after the landlord's final answer. Later is possible only with good reasons for the delay (" +
                 std::string(v.ombudsman.cite) + ").");
    else
        w.advise("The Ombudsman normally looks at a complaint after the landlord's final answer. It can give advice at "
                 "any stage, and step in when a landlord does not answer in time (" + std::string(v.ombudsman.cite) + ").");
    w.advise("Keep a copy.");
}

}  // namespace redress::letters
