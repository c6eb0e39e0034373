#pragma once
// A file compiled into the binary by cmake/embed_files.cmake (policies, for example).
#include <span>
#include <string_view>

namespace redress {

struct EmbeddedFile {
    std::string_view name;  // file name without directory, e.g. "halton-housing.json"
    std::string_view data;  // the bytes, exactly as on disk
};

}  // namespace redress
