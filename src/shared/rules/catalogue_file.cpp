#include "rules/catalogue_file.h"

#include <string>

namespace redress {

std::optional<CatalogueFiles> read_catalogue_file(std::string_view text, InputError& error) {
    CatalogueFiles files;
    std::size_t at = 0;
    for (int entry = 1; at < text.size(); ++entry) {
        const auto fail = [&](const std::string& message) {
            error = {"catalogue file, entry " + std::to_string(entry), message};
            return std::nullopt;
        };
        const std::size_t line_end = text.find('\n', at);
        if (line_end == std::string_view::npos) return fail("the line naming the file has no end");
        const std::string_view header = text.substr(at, line_end - at);
        const std::size_t space = header.rfind(' ');
        if (space == std::string_view::npos) return fail("\"" + std::string(header) + "\" is not \"<path> <length>\"");
        const std::string_view path = header.substr(0, space);
        const std::string_view digits = header.substr(space + 1);
        std::size_t length = 0;
        if (digits.empty() || digits.size() > 9) return fail("the length \"" + std::string(digits) + "\" is not a number of bytes");
        for (const char c : digits) {
            if (c < '0' || c > '9') return fail("the length \"" + std::string(digits) + "\" is not a number of bytes");
            length = length * 10 + std::size_t(c - '0');
        }
        const std::size_t data = line_end + 1;
        if (text.size() - data <= length || text[data + length] != '\n')
            return fail(std::string(path) + " is not " + std::string(digits) + " bytes followed by a line end");
        const std::size_t slash = path.find('/');
        const std::string_view folder = slash == std::string_view::npos ? std::string_view() : path.substr(0, slash);
        const EmbeddedFile file{path.substr(slash + 1), text.substr(data, length)};
        if (folder == "policies") files.policies.push_back(file);
        else if (folder == "law") files.law.push_back(file);
        else return fail("\"" + std::string(path) + "\" is in neither policies/ nor law/");
        at = data + length + 1;
    }
    return files;
}

}  // namespace redress
