#pragma once
// The parts the letters share (addresses, what happened, timescales, the clauses relied on),
// written into a Document block by block, and the landlord's name as documents give it.
#include <string>
#include <string_view>

#include "documents/document.h"
#include "rules/case.h"
#include "rules/policy.h"
#include "rules/verdict.h"

namespace redress {

// The landlord as documents name it: its short name, the name the tenant gave for another
// landlord, or "your landlord".
std::string landlord_display_name(const Case& c, const Policy& landlord);

class LetterWriter {
public:
    // `v` is the verdict for the case as sent (see write_document).
    LetterWriter(Document& d, const Case& c, const Verdict& v, const Policy& landlord, const Policy& code);

    // The landlord as a letter names it: "Halton Housing", the name the tenant gave, or "your landlord".
    const std::string& landlord() const { return landlord_; }
    // The complainant's name, or "the tenant" when none was given.
    std::string tenant() const;
    const Case& c() const { return c_; }
    const Verdict& v() const { return v_; }
    const Policy& policy() const { return landlord_policy_; }
    const Policy& code() const { return code_; }

    // Blocks. Tenant's text goes through clean_user_text; empty text adds nothing.
    void heading(std::string text);
    void paragraph(std::string text);
    void user_paragraph(std::string_view text);
    void item(std::string text);
    void quote(std::string_view text, std::string_view cite);
    void signature(std::string text);

    // "To:" with the landlord's complaints contact as its policy gives it, then "From:", the date
    // and any reference. `from_representative` writes from the representative instead.
    void addresses(bool from_representative);
    void greeting();
    // What happened and when, what the tenant wants, in the tenant's words and the case's dates.
    void what_happened(const std::string& heading_text);
    void outcome_sought(const std::string& heading_text);
    // The reasonable adjustments asked for, if any.
    void adjustments(const std::string& heading_text);
    // The representative, and whether consent goes with the letter.
    void representative_note();
    // The landlord's timescales for one stage (1 or 2) with the dates they give.
    void timescales(int stage);
    // The clauses the letter relies on, quoted: the Code's force, for a new complaint the Code's
    // definition and the time limit, the timescales of `stage`, and the conflicts between the
    // policy and the Code that bear on it.
    void rules_relied_on(int stage, bool new_complaint);
    void sign_off(bool from_representative);

    // "(Halton Housing policy 5.1)" style cite for one of the landlord's clauses.
    std::string cite(const std::string& clause) const;

private:
    Document& d_;
    const Case& c_;
    const Verdict& v_;
    const Policy& landlord_policy_;
    const Policy& code_;
    std::string landlord_;
    std::vector<std::string> quoted_;  // cites already quoted, so a clause is quoted once
};

}  // namespace redress
