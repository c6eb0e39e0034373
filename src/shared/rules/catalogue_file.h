#pragma once
// The catalogue file: the policies and the law in one file for the browser, which fetches it after
// its first frame (the first page needs none of it) instead of carrying them in its WebAssembly
// (docs/architecture.md, "The catalogue after the first frame"). cmake/make_catalogue_file.py
// writes it; natively the files are compiled in (util/embedded_files.h).
//
// Each file is a line with its path under assets/ and its length in bytes, then that many bytes
// (the file without white space between tokens) and a line end:
//
//     policies/halton-housing.json 6121
//     {"schema":2,"id":"halton-housing",...}
//
// Lengths rather than one file a line, so a file that is not JSON (which cannot be minified, and
// may hold line ends) still reaches the loader as written, which then names its problem.
#include <optional>
#include <string_view>
#include <vector>

#include "util/embedded_files.h"
#include "util/input_error.h"

namespace redress {

struct CatalogueFiles {
    std::vector<EmbeddedFile> policies;  // policies/*.json, named without the folder
    std::vector<EmbeddedFile> law;       // law/*.json
};

// The files in `text`, pointing into it (keep `text` while they are used); nullopt and `error`
// when it is not a catalogue file.
std::optional<CatalogueFiles> read_catalogue_file(std::string_view text, InputError& error);

}  // namespace redress
