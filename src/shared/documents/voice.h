#pragma once
// Every sentence of a document is written once, for both voices it can be spoken in: a template
// with "{tenant's words|representative's words}" where they differ, filled in for the document's
// speaker (document.h). So a representative's letter never says "my home", and a tenant's never
// talks about themselves in the third person. Named parts:
//   {tenant}    the tenant's name, or "the tenant"      {Tenant} the same, capitalised
//   {tenant's}  its possessive ({Tenant's} capitalised) {landlord} the landlord as documents name it
// "{I am|I am writing for {tenant}. They are}" reads "I am" for the tenant, and "I am writing for Sam
// Taylor. They are" for a representative. An unknown {part} is left showing, so a test sees it.
#include <string>
#include <string_view>

#include "documents/document.h"

namespace redress {

struct Voice {
    Speaker speaker = Speaker::tenant;
    std::string tenant;    // the tenant's name, or "the tenant"
    std::string landlord;  // "Halton Housing", the name the tenant gave, or "your landlord"
};

std::string in_voice(std::string_view text, const Voice& voice);

// Text typed by a person (a name, an address), made safe to put into a template: its braces are
// kept as braces and never read as a template's parts. in_voice gives them back unchanged.
std::string literal(std::string_view user_text);

}  // namespace redress
