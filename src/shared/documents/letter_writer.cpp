#include "documents/letter_writer.h"

#include <algorithm>

#include "documents/user_text.h"
#include "rules/wording.h"

namespace redress {
namespace {

std::string holidays_words(const Deadline& d) {
    std::string out;
    for (std::size_t k = 0; k < d.holidays.size(); ++k) {
        if (k) out += k + 1 == d.holidays.size() ? " and " : ", ";
        out += std::string(d.holidays[k].title) + " (" + format_long_date(d.holidays[k].date) + ")";
    }
    return out;
}

bool blank(std::string_view text) { return clean_user_text(text).find_first_not_of(" \n") == std::string::npos; }

// How a count of days is worked out, said truthfully for its unit: working days leave out the
// bank holidays on the way; calendar days do not, but the day they end on may be one; hours run
// on through every day.
std::string counting_words(const Deadline& d) {
    if (d.unit == Unit::hours) return " Weekends and bank holidays do not stop the clock.";
    if (d.unit == Unit::working_days)
        return d.holidays.empty() ? ""
                                  : " Working days leave out weekends and bank holidays: here " + holidays_words(d) + ".";
    if (d.unit != Unit::days) return "";
    if (const BankHoliday* h = bank_holiday_on(d.date))
        return " That day is " + std::string(h->title) + ", a bank holiday.";
    if (is_weekend(d.date)) return " That day is a " + format_long_date(d.date).substr(0, format_long_date(d.date).find(' ')) + ".";
    return "";
}

// "Text ends here (cite)." from "Text ends here." and its cite.
std::string cited(std::string_view text, std::string_view cite) {
    std::string out(text);
    const bool stop = !out.empty() && out.back() == '.';
    if (stop) out.pop_back();
    return out + " (" + std::string(cite) + ")" + (stop ? "." : "");
}

}  // namespace

std::string landlord_display_name(const Case& c, const Policy& landlord) {
    if (!landlord.baseline) return landlord.short_name;
    if (!c.landlord_name.empty()) return clean_user_line(c.landlord_name);
    return "your landlord";
}

LetterWriter::LetterWriter(Document& d, const Case& c, const Verdict& v, const Policy& landlord, const Policy& code,
                           const Law* law, bool told_by_sending, std::optional<Date> first_told)
    : d_(d), c_(c), v_(v), landlord_policy_(landlord), code_(code), law_(law), told_by_sending_(told_by_sending),
      first_told_(first_told) {
    voice_.speaker = d.speaker;
    voice_.tenant = c.complainant.name.empty() ? "the tenant" : clean_user_line(c.complainant.name);
    voice_.landlord = landlord_display_name(c, landlord);
    sender_ = voice_;
    sender_.speaker = c.representative.kind == RepresentativeKind::none ? Speaker::tenant : Speaker::representative;
}

std::string LetterWriter::cite(const std::string& clause) const { return clause_words(landlord_policy_, clause); }

void LetterWriter::block(Block::Type type, Block::Origin origin, std::string text, std::string cite) {
    d_.blocks.push_back({type, origin, std::move(text), std::move(cite)});
}
void LetterWriter::heading(std::string_view text) {
    words_introduced_ = false;
    block(Block::Type::heading, Block::Origin::fixed, words(text));
}
void LetterWriter::say(std::string_view text) { block(Block::Type::paragraph, Block::Origin::fixed, words(text)); }
void LetterWriter::say_item(std::string_view text) { block(Block::Type::item, Block::Origin::fixed, words(text)); }
void LetterWriter::user_paragraph(std::string_view text) {
    if (blank(text)) return;
    introduce_words();
    block(Block::Type::paragraph, Block::Origin::user, clean_user_text(text));
}

void LetterWriter::user_item(std::string_view text) {
    introduce_words();
    block(Block::Type::item, Block::Origin::user, clean_user_line(text));
}

// In the tenant's letter, text typed by someone acting for them is theirs, not the tenant's: say
// so before it, once under each heading.
void LetterWriter::introduce_words() {
    if (words_introduced_ || voice_.speaker != Speaker::tenant || sender_.speaker != Speaker::representative ||
        d_.kind == DocumentKind::consent)  // the consent form names people; it has no one's account
        return;
    words_introduced_ = true;
    const auto& r = c_.representative;
    const std::string kind(row_of(r.kind).words);
    // Who they are the first time; after that, the name alone.
    const std::string who = r.name.empty()                   ? "My " + kind
                            : introduced_before_               ? literal(clean_user_line(r.name))
                                                             : literal(clean_user_line(r.name)) + ", my " + kind + ",";
    introduced_before_ = true;
    say(who + " wrote this part for me:");
}
void LetterWriter::quote(std::string_view text, std::string_view cite_text) {
    // A summary of the Code is not its words: never in quotation marks. Every rule of the Code a
    // letter relies on is stated in the letter's own words with its clause in brackets already.
    if (text.empty() || quote_is_summary(code_, cite_text)) return;
    const std::string key = std::string(cite_text).append("\n").append(text);
    if (std::find(quoted_.begin(), quoted_.end(), key) != quoted_.end()) return;
    quoted_.push_back(key);
    block(Block::Type::quote, Block::Origin::source, std::string(text), std::string(cite_text));
}
void LetterWriter::signature(std::string text) { block(Block::Type::signature, Block::Origin::fixed, std::move(text)); }
void LetterWriter::advise(std::string_view text) { d_.how_to_send.push_back(in_voice(text, sender_)); }

void LetterWriter::addresses() {
    const auto& contact = landlord_policy_.contact;
    std::string to = "To: " + (landlord_policy_.baseline && c_.landlord_name.empty() ? std::string("Complaints team")
                                                                                      : landlord() + " complaints team");
    if (!landlord_policy_.baseline) {
        if (!contact.email.empty()) to += "\nEmail: " + contact.email;
        if (!contact.phone.empty()) to += "\nPhone: " + contact.phone;
        if (!contact.post.empty()) to += "\nPost: " + contact.post;
        if (!contact.web.empty()) to += "\nWebsite: " + contact.web;
    }
    block(Block::Type::lines, Block::Origin::source, to, landlord_policy_.baseline ? "" : cite(contact.source.cite));

    std::string from;
    const auto add = [&from](std::string_view label, const std::string& value) {
        if (!value.empty()) from.append(from.empty() ? "" : "\n").append(label).append(value);
    };
    if (representative_speaks()) {
        const auto& r = c_.representative;
        add("", r.name);
        add("", r.organisation);
        add("Email: ", r.email);
        add("Phone: ", r.phone);
    } else if (!c_.issue.anonymous) {
        const auto& who = c_.complainant;
        add("", who.name);
        add("", who.address);
        add("Email: ", who.email);
        add("Phone: ", who.phone);
    }
    from = clean_user_text(from);
    if (!from.empty()) block(Block::Type::lines, Block::Origin::user, "From: " + from);
    block(Block::Type::paragraph, Block::Origin::fixed, "Date: " + format_long_date(c_.today));

    // References: the representative's own, the landlord's for this complaint, the tenancy's.
    std::string refs;
    const auto ref = [&refs](std::string_view label, const std::string& value) {
        if (!value.empty()) refs.append(refs.empty() ? "" : "\n").append(label).append(clean_user_line(value));
    };
    if (representative_speaks()) ref("Our reference: ", c_.representative.reference);
    ref("Your reference: ", c_.process.complaint_reference);
    ref("Tenancy reference: ", c_.complainant.reference);
    if (!refs.empty()) block(Block::Type::lines, Block::Origin::user, refs);
    // The subject holds the tenant's summary, so it counts as their words.
    block(Block::Type::heading, Block::Origin::user, d_.subject);
}

void LetterWriter::greeting() {
    say(landlord_policy_.baseline && c_.landlord_name.empty() ? "Dear complaints team," : "Dear {landlord} complaints team,");
}

void LetterWriter::what_happened(std::string_view heading_text) {
    const auto& i = c_.issue;
    heading(heading_text);
    user_paragraph(i.summary);
    user_paragraph(i.details);
    say("It happened on " + format_long_date(i.event_date) + (i.ongoing ? ", and it is still happening." : "."));
    if (i.aware_date && *i.aware_date != i.event_date)
        say("{I|{Tenant}} found out about it on " + format_long_date(*i.aware_date) + ".");
    if (i.last_raised) say("{I|{Tenant}} last raised it with you on " + format_long_date(*i.last_raised) + ".");
    if (i.health_and_safety) say("This puts someone's health or safety at risk.");
    if (i.safeguarding) say("Someone may be at risk of harm. Please treat this as a safeguarding concern.");
    if (i.disrepair) say("{My|{Tenant's}} home is in disrepair.");
}

void LetterWriter::safety_request() {
    if (c_.issue.health_and_safety) say("Please tell me what you will do now to make the home safe, and when.");
}

void LetterWriter::outcome_sought(std::string_view heading_text) {
    heading(heading_text);
    if (blank(c_.issue.outcome_sought)) say("Please tell me how you will put this right.");
    else user_paragraph(c_.issue.outcome_sought);
}

void LetterWriter::helper_note() {
    const auto& r = c_.representative;
    if (r.kind == RepresentativeKind::none) return;
    const std::string kind(row_of(r.kind).words);
    const std::string name = r.name.empty() ? "my " + kind : literal(clean_user_line(r.name));
    say("I agree that " + name + " can act for me in this complaint. They are my " + kind +
        ". Please send them copies of your letters, and talk to them as well as to me.");
    const Policy::ConsentRule& rule = consent_rule(landlord_policy_, r.kind);
    if (rule.needs == ConsentNeed::signed_declaration || rule.needs == ConsentNeed::written) {
        say("Your policy asks for my signed consent (" + cite(rule.source.cite) + "). It is with this letter.");
        advise("{Sign|Ask {tenant} to sign} the consent declaration, and send it with this letter.");
    }
}

void LetterWriter::consent_statement() {
    const auto& r = c_.representative;
    const Policy::ConsentRule& rule = consent_rule(landlord_policy_, r.kind);
    const std::string clause = cite(rule.source.cite);
    const bool written = r.consent == Consent::written, verbal = r.consent == Consent::verbal;
    heading("Consent");
    switch (rule.needs) {
        case ConsentNeed::nothing:
            say("Your policy does not ask for a tenant's consent in writing when " +
                std::string(row_of(r.kind).with_article) + " acts for them (" + clause + ").");
            say(written || verbal ? "{Tenant} has asked me to act for them."
                                  : "I will confirm with {tenant} that they want me to act for them.");
            quote(rule.source.quote, clause);
            return;
        case ConsentNeed::signed_declaration:
        case ConsentNeed::written:
        case ConsentNeed::consent: {
            const std::string asks = "Your policy asks for " + std::string(row_of(rule.needs).form) + " (" + clause + ").";
            if (written) say("{Tenant's} signed consent is with this letter. " + asks);
            else if (verbal) say("{Tenant} has agreed to me acting for them. " + asks + " I will send it to you.");
            else say("I am asking {tenant} to sign a consent form. " + asks + " I will send it to you.");
            break;
        }
        case ConsentNeed::confirm:
            if (written) say("{Tenant's} signed consent is with this letter, so you need not ask them to confirm it (" + clause + ").");
            else if (verbal) say("{Tenant} has agreed to me acting for them. Your policy says you will ask them to confirm this (" + clause + "). Please do.");
            else say("I am asking {tenant} to confirm to you that I may act for them (" + clause + ").");
            break;
        case ConsentNeed::unclear:
            if (written) say("{Tenant's} signed consent is with this letter.");
            else if (verbal) say("{Tenant} has agreed to me acting for them. Please tell me if you need their consent in writing.");
            else say("I am asking {tenant} to sign a consent form, and I will send it to you.");
            break;
    }
    // The letter says the signed consent is with it: the sender must put it in.
    if (written) advise("Send {tenant's} signed consent with this letter: the letter says it is enclosed.");
    else advise("Ask {tenant} to sign the consent declaration, and send it to {landlord}.");
}

void LetterWriter::named_contact() {
    if (!v_.code_applies || !code_.stage1.acknowledge) return;
    say("Please tell me who will deal with this complaint. Please also set out what you understand the complaint to "
        "be, as the Code asks (" + code_.stage1.acknowledge->source.cite + ").");
}

void LetterWriter::adjustments(std::string_view heading_text) {
    if (c_.adjustments.empty()) return;
    heading(heading_text);
    for (const Adjustment a : c_.adjustments) say_item(row_of(a).request);
    if (const PolicyNote* n = find_note(landlord_policy_, KnownNote::reasonable_adjustments))
        quote(n->source.quote, cite(n->source.cite));
}

void LetterWriter::enclosures() {
    if (c_.issue.enclosures.empty()) return;
    heading("Sent with this letter");
    for (const std::string& item : c_.issue.enclosures)
        if (!blank(item)) user_item(item);
    advise("Send copies of what you enclose, not the originals.");
}

// "Please <asked> by <date>. That is <count> after <anchor> (<clause>)." with how it was counted.
std::string LetterWriter::deadline_sentence(const Deadline& d, std::string_view asked) const {
    const std::string count = wording::duration(d.count, d.unit);
    std::string text;
    if (asked.empty())
        text = "If you need more time, please tell me why, and when you will answer. Even then, please answer by " +
               format_long_date(d.date) + ". That is " + count + " more at most" +
               std::string(row_of(d.source ? d.source->beyond : ExtensionLimit::firm).letter) + " (" +
               std::string(d.cite) + ").";
    else
        text = "Please " + std::string(asked) + " by " + format_long_date(d.date) + ". That is " + count + " after " +
               format_long_date(d.anchor_date) +
               // The letter itself reports the hazard: its date is the day the clock starts, not a day "you were told".
               (d.anchor == Anchor::hazard_reported && told_by_sending_ ? std::string(", the date of this letter")
                                                                        : std::string(row_of(d.anchor).letter)) +
               " (" + std::string(d.cite) + ").";
    text += counting_words(d);
    if (d.basis == Basis::code && d.policy_date && *d.policy_date > d.date)
        text += " Your policy allows longer, to " + format_long_date(*d.policy_date) + ", but the Code's earlier date applies.";
    return text;
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
    const std::string sent = s1 ? (today ? "I am sending this complaint today, " : "I sent this complaint on ")
                                : (today ? "I am asking for stage 2 today, " : "I asked for stage 2 on ");
    say(sent + format_long_date(first->anchor_date) + ".");
    for (const DeadlineKey key : keys)
        if (const Deadline* d = find_deadline(v_, key)) say(deadline_sentence(*d, row_of(key).asked));
}

void LetterWriter::rules_relied_on(int stage, bool new_complaint) {
    heading("The rules I rely on");
    // The Code's force and its definition of a complaint, in plain words with the clause in brackets
    // where the file holds a summary of them, quoted where it holds their words.
    if (v_.code_applies) {
        if (quote_is_summary(code_, code_.statutory.cite))
            say("Landlords in England must follow the Complaint Handling Code from 1 April 2024 (" +
                code_.statutory.cite + ").");
        else
            quote(code_.statutory.quote, code_.statutory.cite);
    }
    if (new_complaint && v_.code_applies) {
        if (quote_is_summary(code_, code_.definition.cite))
            say("The Code says a complaint is when someone is not happy with what the landlord did or did not do. It "
                "does not matter how they say it. A complaint made by someone acting for a tenant is dealt with the "
                "same way (" + code_.definition.cite + ").");
        else
            quote(code_.definition.quote, code_.definition.cite);
    }
    // The landlord's own timescales; a window the tenant must meet is stated where the letter
    // answers it, not relied on.
    for (const Deadline& d : v_.deadlines)
        if (row_of(d.key).stage == stage && !row_of(d.key).tenants_step && d.source != nullptr)
            quote(d.source->source.quote, d.cite);
    // Where the policy falls short of the Code in a way this letter needs, what it means for it:
    // the policy's data says it for the landlord (a `letter` text); the Code's clause and the
    // policy's are quoted with it. Points that only the tenant needs stay on the result page.
    for (const Exclusion& e : landlord_policy_.exclusions)
        for (const Finding& f : v_.findings)
            if (new_complaint && f.rule.kind == RuleKind::exclusion && f.rule.detail == e.id &&
                f.result == FindingResult::conflict && !e.letter.empty()) {
                quote(e.source.quote, e.source.full_cite);
                say(cited(e.letter, e.code_cite));
            }
    for (const PolicyNote& n : landlord_policy_.notes)
        // Every note's letter text today is about making the complaint (an informal stage), so it
        // goes in the complaint and not in a stage 2 request.
        if (n.result == NoteResult::conflict && v_.code_applies && !n.letter.empty() && new_complaint) {
            quote(n.source.quote, n.source.full_cite);
            say(cited(n.letter, n.code_cite));
        }
    if (new_complaint)
        if (const Finding* floor = find_finding(v_, RuleKind::time_limit_code); floor && floor->result == FindingResult::conflict) {
            const auto& t = v_.time_limit;
            quote(code_.time_limit.source.quote, code_.time_limit.source.cite);
            say("Your policy gives " + std::to_string(t.policy_months) + " months to complain, which ended " +
                format_long_date(t.policy_ends) + ". The Code gives " + std::to_string(t.code_months.value_or(12)) +
                " months from when it happened or when {I|{tenant}} found out, to " +
                format_long_date(t.code_ends.value_or(t.ends)) + " (" + code_.time_limit.source.cite +
                "). So this complaint is in time.");
        }
}

void LetterWriter::sign_off() {
    say(representative_speaks() ? "Please reply to me in writing, and send {tenant} a copy. Thank you."
                                : "Please reply to me in writing. Thank you.");
    say("Yours sincerely,");
    std::string name;
    if (representative_speaks()) {
        name = clean_user_line(c_.representative.name);
        if (!c_.representative.organisation.empty())
            name += (name.empty() ? "" : "\n") + clean_user_line(c_.representative.organisation);
    } else if (!c_.issue.anonymous) {
        name = clean_user_line(c_.complainant.name);
    }
    if (!name.empty()) block(Block::Type::lines, Block::Origin::user, name);
}

void LetterWriter::sending_advice(bool by_post) {
    // A letter in the tenant's own words, prepared by someone acting for them.
    if (voice_.speaker == Speaker::tenant && sender_.speaker == Speaker::representative)
        advise("This letter speaks for {tenant}, and says which parts you wrote. Ask them to read it, and to sign it or "
               "send it themselves.");
    if (!landlord_policy_.contact.note.empty()) advise(landlord_policy_.contact.note);
    advise("Keep a copy, and write down the day you send it.");
    // An emergency is reported by phone, then by email or by hand: never advice to post.
    if (by_post && hazard_class(c_.issue) != Hazard::emergency) advise("If you post it, ask the Post Office for a free certificate of posting, or send it by recorded delivery.");
    advise("If you email it, keep the email you sent.");
    advise("If you also phone, write down the date, the time, who you spoke to and any reference they give you.");
}

}  // namespace redress
