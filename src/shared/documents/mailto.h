#pragma once
// A mailto: link (RFC 6068) that opens the tenant's email app with a document ready to send.
#include <optional>
#include <string>

#include "documents/document.h"

namespace redress {

// Past this length, say to paste instead. Current browsers take far longer URLs (the old
// 2,083-character limit was Internet Explorer's), but some desktop mail apps cut long mailto:
// bodies short; 8,000 keeps a whole letter in phone and webmail apps without risking a cut.
inline constexpr std::size_t kMaxMailtoLength = 8000;

// The link, or nullopt when the landlord publishes no complaints email or the text does not fit.
std::optional<std::string> mailto_link(const Document& d, std::size_t max_length = kMaxMailtoLength);

}  // namespace redress
