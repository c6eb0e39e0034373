// The consent declaration: the tenant's signed agreement that someone may act for them, with what
// the landlord may share, how long it lasts, and room for a mark and a witness.
#include "documents/letter_kinds.h"
#include "documents/user_text.h"
#include "documents/voice.h"

namespace redress::letters {
namespace {

constexpr const char* kBlankLine = "________________________________";

// The representative's name and contact details, one a line.
std::string representative_lines(const Case& c) {
    const auto& r = c.representative;
    std::string out;
    const auto add = [&out](std::string_view label, const std::string& value) {
        if (!value.empty()) out.append(out.empty() ? "" : "\n").append(label).append(value);
    };
    add("", r.name);
    add("", r.organisation);
    add("Email: ", r.email);
    add("Phone: ", r.phone);
    return clean_user_text(out);
}

}  // namespace

void consent_declaration(LetterWriter& w, Document& d) {
    const Case& c = w.c();
    const auto& r = c.representative;
    const std::string kind(row_of(r.kind).words);
    const std::string rep = r.name.empty() ? "my " + kind : literal(clean_user_line(r.name));
    d.title = "Consent declaration";
    d.subject = "Consent for someone to act for me";
    w.addresses();
    const std::string who = clean_user_line(c.complainant.name);
    if (!who.empty()) w.say("My name is " + literal(who) + ".");
    // The tenancy reference is in the reference block above (w.addresses()).
    w.say("I agree that " + rep + (r.organisation.empty() ? "" : " of " + literal(clean_user_line(r.organisation))) +
          " can act for me in my complaint to {landlord}. They are my " + kind + ".");
    if (const std::string lines = representative_lines(c); !lines.empty()) {
        w.say("Their contact details:");
        w.user_paragraph(lines);
    }
    if (clean_user_line(c.issue.summary).find_first_not_of(' ') != std::string::npos) {
        w.say("My complaint is about:");
        w.user_paragraph(c.issue.summary);
    }
    w.say("This means {landlord} can:");
    w.say_item("talk to " + rep + " about my complaint");
    w.say_item("share my personal details with " + rep);
    w.say_item("share what it knows about my health with " + rep + ", where my complaint needs it");
    w.say_item("send " + rep + " copies of letters about my complaint");
    w.say("This also covers my complaint to the Housing Ombudsman, if I take it there.");
    const Policy::ConsentRule& rule = consent_rule(w.policy(), r.kind);
    const std::string clause = w.cite(rule.source.cite);
    if (rule.needs == ConsentNeed::confirm)
        w.say("Your policy says you will ask me to confirm this (" + clause + "). This is my confirmation.");
    else if (rule.needs != ConsentNeed::nothing && rule.needs != ConsentNeed::unclear)
        w.say("Your policy asks for this (" + clause + ").");
    w.say("This consent lasts until my complaint is closed. I can take it back at any time by telling {landlord}.");
    w.signature(std::string("Signed: ") + kBlankLine);
    w.signature("Name: " + (who.empty() ? std::string(kBlankLine) : who));
    w.signature(std::string("Date: ") + kBlankLine);
    w.say("If you cannot sign, you can make your mark instead. Then a witness should sign below.");
    w.signature(std::string("Witness signature: ") + kBlankLine);
    w.signature(std::string("Witness name: ") + kBlankLine);
    w.signature(std::string("Date: ") + kBlankLine);
    w.advise("Print this. {Sign and date it|Ask {tenant} to sign and date it}, then send it with the complaint. To "
             "email it, attach a clear photo or scan of the signed page.");
    w.advise("Keep a copy.");
}

}  // namespace redress::letters
