#pragma once
// The parts the letters share (addresses and references, what happened, consent, the timescales
// with their dates, the clauses relied on), written into a Document block by block, and the
// landlord's name as documents give it.
//
// Every sentence Redress writes goes through say() (or say_item()), as a template for both voices
// (documents/voice.h): the document's speaker decides which is used. Advice for whoever sends the
// document goes through advise(), into the "Before you send" box, never into the document. So a
// representative's letter never speaks as the tenant, and a letter to the landlord never carries
// advice meant for the tenant (docs/documents.md).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "documents/document.h"
#include "documents/voice.h"
#include "rules/case.h"
#include "rules/law.h"
#include "rules/policy.h"
#include "rules/verdict.h"

namespace redress {

// The landlord as documents name it: its short name, the name the tenant gave for another
// landlord, or "your landlord".
std::string landlord_display_name(const Case& c, const Policy& landlord);

class LetterWriter {
public:
    // `v` is the verdict for the case as sent (see write_document); `d.speaker` says whose voice.
    // `told_by_sending`: the case as given had no day the landlord was told of the hazard, so the
    // law's dates count from sending this (as_sent), though the landlord may have known earlier.
    // `first_told`: the day the case as given says the landlord was first told of the hazard, if any
    // (the case as sent may carry the day of sending instead).
    LetterWriter(Document& d, const Case& c, const Verdict& v, const Policy& landlord, const Policy& code,
                 const Law* law = nullptr, bool told_by_sending = false, std::optional<Date> first_told = std::nullopt);

    // The landlord as a letter names it: "Halton Housing", the name the tenant gave, or "your landlord".
    const std::string& landlord() const { return voice_.landlord; }
    // The complainant's name, or "the tenant" when none was given.
    const std::string& tenant() const { return voice_.tenant; }
    const Case& c() const { return c_; }
    const Verdict& v() const { return v_; }
    const Policy& policy() const { return landlord_policy_; }
    const Policy& code() const { return code_; }
    // Awaab's Law (the catalogue's), for the hazard report and a complaint that names a hazard.
    const Law* law() const { return law_; }
    // Whether this document is the first the case says the landlord hears of the hazard (see above).
    bool hazard_told_by_sending() const { return told_by_sending_; }
    std::optional<Date> hazard_first_told() const { return first_told_; }
    bool representative_speaks() const { return d_.speaker == Speaker::representative; }
    // A template (voice.h) filled in for this document's speaker.
    std::string words(std::string_view text) const { return in_voice(text, voice_); }
    // "Halton Housing policy 5.1" for one of the landlord's clauses (policy.h: clause_words).
    std::string cite(const std::string& clause) const;

    // Blocks. Tenant's text goes through clean_user_text; empty text adds nothing.
    void heading(std::string_view text);
    void say(std::string_view text);       // a paragraph of Redress's words, in the speaker's voice
    void say_item(std::string_view text);  // one item of a list, in the speaker's voice
    void user_paragraph(std::string_view text);
    void user_item(std::string_view text);  // one item of a list, as typed (on one line)
    void quote(std::string_view text, std::string_view cite);
    void signature(std::string text);
    // Advice for whoever sends the document (the "Before you send" box): the person using Redress,
    // so the template's second voice is for a representative, whoever the document speaks for.
    void advise(std::string_view text);

    // "To:" with the landlord's complaints contact as its policy gives it, "From:" the speaker,
    // the date, the references (ours, the landlord's for the complaint, the tenancy's) and the
    // subject line.
    void addresses();
    void greeting();
    // What happened and when, in the tenant's words and the case's dates, and what is at risk.
    void what_happened(std::string_view heading_text);
    // Where health or safety is at risk: what will be done now to make the home safe.
    void safety_request();
    void outcome_sought(std::string_view heading_text);
    // Someone helping the tenant, in the tenant's own letter: their agreement, and consent.
    void helper_note();
    // Consent, stated as it is, in a letter a representative sends in their own name.
    void consent_statement();
    // A named contact, and the landlord's own statement of the complaint (Code 6.2).
    void named_contact();
    void adjustments(std::string_view heading_text);
    void enclosures();
    // The landlord's timescales for one stage (1 or 2), each with its date and how it is counted.
    void timescales(int stage);
    // The clauses the letter relies on, quoted: the Code's force, for a new complaint the Code's
    // definition, the timescales of `stage`, and where the policy falls short of the Code in a way
    // that bears on this letter, what that means for it.
    void rules_relied_on(int stage, bool new_complaint);
    void sign_off();
    // The usual "Before you send" advice for a letter to the landlord. `by_post` false: for what
    // must arrive within hours (an emergency), where posting it is no advice at all.
    void sending_advice(bool by_post = true);
    // "Please <asked> by <date>. That is <count> after <anchor> (<clause>)." with how it was counted.
    std::string deadline_sentence(const Deadline& d, std::string_view asked) const;

private:
    void introduce_words();
    void block(Block::Type type, Block::Origin origin, std::string text, std::string cite = "");

    Document& d_;
    const Case& c_;
    const Verdict& v_;
    const Policy& landlord_policy_;
    const Policy& code_;
    const Law* law_;
    bool told_by_sending_;
    std::optional<Date> first_told_;
    Voice voice_, sender_;
    // The user's text in a letter signed by someone else (the tenant's letter prepared by someone
    // acting for them) is introduced once under each heading as whose words it is.
    bool words_introduced_ = false, introduced_before_ = false;  // the document's speaker, and whoever sends it
    std::vector<std::string> quoted_;  // cites already quoted, so a clause is quoted once
};

}  // namespace redress
