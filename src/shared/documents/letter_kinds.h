#pragma once
// Inside documents/: one function a kind of document, each writing it with a LetterWriter
// (documents/letters.cpp chooses and calls them). Not for use outside documents/.
#include "documents/document.h"
#include "documents/letter_writer.h"

namespace redress::letters {

// The stage 1 complaint; with `ask_discretion`, asking the landlord to accept it late.
void complaint(LetterWriter& w, Document& d, bool ask_discretion);
// The stage 1 complaint in the name of someone acting for the tenant (an MP, an adviser...).
void representation(LetterWriter& w, Document& d);
void service_request(LetterWriter& w, Document& d);
void stage2_request(LetterWriter& w, Document& d);
// A short reminder when the landlord is late to acknowledge or answer.
void chaser(LetterWriter& w, Document& d);
void consent_declaration(LetterWriter& w, Document& d);
void ombudsman_summary(LetterWriter& w, Document& d);
// A report of a hazard under Awaab's Law (documents/hazard_report.cpp): the law's duties with
// their dates, access, alternative accommodation; it says which report starts the law's clock.
void hazard_report(LetterWriter& w, Document& d);
// In a complaint that names a hazard: what the law says the landlord must do about it, by when.
void hazard_duties(LetterWriter& w);

// The subject line's words: the tenant's own summary when it is short enough to be whole, else
// what the complaint is about.
std::string subject_words(const LetterWriter& w);

}  // namespace redress::letters
