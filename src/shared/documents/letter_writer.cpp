#include "documents/letter_writer.h"

#include <algorithm>

#include "documents/user_text.h"
#include "rules/wording.h"

namespace redress {
namespace {

std::string count_words(const Deadline& d) { return wording::duration(d.count, d.unit); }

std::string holidays_words(const Deadline& d) {
    std::string out;
    for (std::size_t k = 0; k < d.holidays.size(); ++k) {
        if (k) out += k + 1 == d.holidays.size() ? " and " : ", ";
        out += std::string(d.holidays[k].title) + " (" + format_long_date(d.holidays[k].date) + ")";
    }
    return out;
}

}  // namespace

LetterWriter::LetterWriter(Document& d, const Case& c, const Verdict& v, const Policy& landlord, const Policy& code)
    : d_(d), c_(c), v_(v), landlord_policy_(landlord), code_(code) {
    landlord_ = landlord_display_name(c, landlord);
}

std::string landlord_display_name(const Case& c, const Policy& landlord) {
    if (!landlord.baseline) return landlord.short_name;
    if (!c.landlord_name.empty()) return clean_user_line(c.landlord_name);
    return "your landlord";
}

std::string LetterWriter::tenant() const {
    return c_.complainant.name.empty() ? "the tenant" : clean_user_line(c_.complainant.name);
}

std::string LetterWriter::cite(const std::string& clause) const {
    return landlord_policy_.baseline ? clause : landlord_policy_.short_name + " policy " + clause;
}

void LetterWriter::heading(std::string text) { d_.blocks.push_back({Block::Type::heading, Block::Origin::fixed, std::move(text), ""}); }
void LetterWriter::paragraph(std::string text) {
    d_.blocks.push_back({Block::Type::paragraph, Block::Origin::fixed, std::move(text), ""});
}
void LetterWriter::user_paragraph(std::string_view text) {
    std::string clean = clean_user_text(text);
    if (clean.find_first_not_of(" \n") == std::string::npos) return;
    d_.blocks.push_back({Block::Type::paragraph, Block::Origin::user, std::move(clean), ""});
}
void LetterWriter::item(std::string text) { d_.blocks.push_back({Block::Type::item, Block::Origin::fixed, std::move(text), ""}); }
void LetterWriter::quote(std::string_view text, std::string_view cite_text) {
    if (text.empty()) return;
    const std::string key = std::string(cite_text).append("\n").append(text);
    if (std::find(quoted_.begin(), quoted_.end(), key) != quoted_.end()) return;
    quoted_.push_back(key);
    d_.blocks.push_back({Block::Type::quote, Block::Origin::source, std::string(text), std::string(cite_text)});
}
void LetterWriter::signature(std::string text) {
    d_.blocks.push_back({Block::Type::signature, Block::Origin::fixed, std::move(text), ""});
}

void LetterWriter::addresses(bool from_representative) {
    const auto& contact = landlord_policy_.contact;
    std::string to = "To: " + (landlord_policy_.baseline && c_.landlord_name.empty() ? std::string("Complaints team")
                                                                                      : landlord_ + " complaints team");
    if (!landlord_policy_.baseline) {
        if (!contact.email.empty()) to += "\nEmail: " + contact.email;
        if (!contact.phone.empty()) to += "\nPhone: " + contact.phone;
        if (!contact.post.empty()) to += "\nPost: " + contact.post;
        if (!contact.web.empty()) to += "\nWebsite: " + contact.web;
    }
    d_.blocks.push_back({Block::Type::lines, Block::Origin::source, to, landlord_policy_.baseline ? "" : cite(contact.source.cite)});

    std::string from;
    if (from_representative) {
        const auto& r = c_.representative;
        from = r.name;
        if (!r.organisation.empty()) from += (from.empty() ? "" : "\n") + r.organisation;
    } else if (!c_.issue.anonymous) {
        const auto& who = c_.complainant;
        from = who.name;
        if (!who.address.empty()) from += (from.empty() ? "" : "\n") + who.address;
        if (!who.email.empty()) from += (from.empty() ? "" : "\n") + ("Email: " + who.email);
        if (!who.phone.empty()) from += (from.empty() ? "" : "\n") + ("Phone: " + who.phone);
    }
    from = clean_user_text(from);
    if (!from.empty()) d_.blocks.push_back({Block::Type::lines, Block::Origin::user, "From: " + from, ""});
    paragraph("Date: " + format_long_date(c_.today));
    if (!c_.complainant.reference.empty())
        d_.blocks.push_back({Block::Type::lines, Block::Origin::user, "Your reference: " + clean_user_line(c_.complainant.reference), ""});
    // The subject holds the tenant's summary, so it counts as their words.
    d_.blocks.push_back({Block::Type::heading, Block::Origin::user, d_.subject, ""});
}

void LetterWriter::greeting() {
    paragraph(landlord_policy_.baseline && c_.landlord_name.empty() ? "Dear complaints team,"
                                                                    : "Dear " + landlord_ + " complaints team,");
}

void LetterWriter::what_happened(const std::string& heading_text) {
    const auto& i = c_.issue;
    heading(heading_text);
    user_paragraph(i.summary);
    user_paragraph(i.details);
    paragraph(i.ongoing ? "It happened on " + format_long_date(i.event_date) + " and it is still happening."
                        : "It happened on " + format_long_date(i.event_date) + ".");
    if (i.aware_date && *i.aware_date != i.event_date) paragraph("I found out about it on " + format_long_date(*i.aware_date) + ".");
    if (i.last_raised) paragraph("I last told you about it on " + format_long_date(*i.last_raised) + ".");
    if (i.health_and_safety) paragraph("This puts health or safety at risk.");
    if (i.safeguarding) paragraph("Someone may be at risk of harm. Please treat this as a safeguarding concern.");
    if (i.disrepair) paragraph("This is about disrepair in my home.");
}

void LetterWriter::outcome_sought(const std::string& heading_text) {
    heading(heading_text);
    if (clean_user_text(c_.issue.outcome_sought).find_first_not_of(" \n") == std::string::npos)
        paragraph("Please tell me how you will put this right.");
    else
        user_paragraph(c_.issue.outcome_sought);
}

void LetterWriter::adjustments(const std::string& heading_text) {
    if (c_.adjustments.empty()) return;
    heading(heading_text);
    for (const Adjustment a : c_.adjustments) item(std::string(row_of(a).request));
    if (const PolicyNote* n = find_note(landlord_policy_, KnownNote::reasonable_adjustments))
        quote(n->source.quote, cite(n->source.cite));
}

void LetterWriter::representative_note() {
    const auto& r = c_.representative;
    if (r.kind == RepresentativeKind::none) return;
    const std::string_view kind_words = row_of(r.kind).words;
    const std::string name = r.name.empty() ? "My " + std::string(kind_words) : clean_user_line(r.name);
    paragraph(name + " is helping me with this complaint as my " + std::string(kind_words) +
              ". Please send them copies of your letters and talk to them as well as to me.");
    if (!v_.consent_required) return;
    if (landlord_policy_.baseline || landlord_policy_.consent.discretion)
        paragraph("My signed consent for them to act for me is with this letter, so that nothing is held up.");
    else
        paragraph("My signed consent for them to act for me is with this letter. Your policy asks for it (" +
                  cite(landlord_policy_.consent.source.cite) + ").");
}

void LetterWriter::timescales(int stage) {
    const bool s1 = stage == 1;
    const DeadlineKey keys[] = {s1 ? DeadlineKey::stage1_acknowledge : DeadlineKey::stage2_acknowledge,
                                s1 ? DeadlineKey::stage1_response : DeadlineKey::stage2_response,
                                s1 ? DeadlineKey::stage1_response_extended : DeadlineKey::stage2_response_extended};
    const Deadline* first = find_deadline(v_, keys[0]);
    if (first == nullptr) return;
    heading(landlord_policy_.baseline ? "Timescales" : "Your timescales");
    const bool today = first->anchor_date == c_.today;
    std::string sent = s1 ? (today ? "I am sending this complaint today, " : "I sent this complaint on ")
                          : (today ? "I am asking for stage 2 today, " : "I asked for stage 2 on ");
    paragraph(sent + format_long_date(first->anchor_date) + ". Working days leave out weekends and bank holidays.");
    for (const DeadlineKey key : keys) {
        const Deadline* d = find_deadline(v_, key);
        if (d == nullptr) continue;
        const std::string_view asked = row_of(key).asked;
        std::string text;
        if (asked.empty())
            text = "If you need more time, you must tell me why and when you will answer. Even then, please answer by " +
                   format_long_date(d->date) + ": " + count_words(*d) + " more at most (" + std::string(d->cite) + ").";
        else
            text = "Please " + std::string(asked) + " by " + format_long_date(d->date) + ". That is " + count_words(*d) +
                   " after " +
                   (row_of(d->anchor).name.starts_with("process.") ? format_long_date(d->anchor_date)
                                                                   : "the day you should acknowledge it") +
                   " (" + std::string(d->cite) + ").";
        if (d->basis == Basis::code && d->policy_date && *d->policy_date > d->date)
            text += " Your policy allows longer, to " + format_long_date(*d->policy_date) +
                    ", but the Code's shorter time applies.";
        if (!d->holidays.empty()) text += " This leaves out " + holidays_words(*d) + ".";
        paragraph(std::move(text));
    }
}

void LetterWriter::rules_relied_on(int stage, bool new_complaint) {
    heading("The rules I rely on");
    if (v_.code_applies) quote(code_.statutory.quote, code_.statutory.cite);
    if (new_complaint && v_.code_applies) quote(code_.definition.quote, code_.definition.cite);
    if (new_complaint)
        for (const Finding& f : v_.findings)
            if (f.rule.kind == RuleKind::time_limit && f.result == FindingResult::pass) quote(f.quote, f.cite);
    for (const Deadline& d : v_.deadlines) {
        if (row_of(d.key).stage != stage) continue;
        if (d.source != nullptr) quote(d.source->source.quote, d.cite);
    }
    for (const Finding& f : v_.findings) {
        if (f.result != FindingResult::conflict) continue;
        // A timescale conflict matters to the letter for its own stage only.
        if (f.rule.kind == RuleKind::deadline && row_of(f.rule.deadline).stage != stage) continue;
        quote(f.quote, f.cite);
        paragraph(f.reason + (f.code_cite.empty() ? "" : " (" + std::string(f.code_cite) + ")"));
    }
}

void LetterWriter::sign_off(bool from_representative) {
    paragraph("Please reply to me in writing. Thank you.");
    paragraph("Yours sincerely,");
    std::string name;
    if (from_representative) {
        name = clean_user_line(c_.representative.name);
        if (!c_.representative.organisation.empty()) name += (name.empty() ? "" : "\n") + clean_user_line(c_.representative.organisation);
    } else if (!c_.issue.anonymous) {
        name = clean_user_line(c_.complainant.name);
    }
    if (!name.empty()) d_.blocks.push_back({Block::Type::lines, Block::Origin::user, name, ""});
}

}  // namespace redress
