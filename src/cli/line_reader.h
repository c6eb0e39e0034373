#pragma once
// The lines of a file, read a block at a time with fread. std::getline reads a character at a
// time through a stream buffer, and under Node the file streams read 2 KB per call into
// JavaScript; the two were a seventh of `redress check --jsonl`'s time there. A line longer than
// the limit is reported as too long and skipped without being kept, so the memory used stays
// bounded whatever the input.
#include <cstddef>
#include <cstdio>
#include <string>
#include <string_view>

namespace redress::cli {

class LineReader {
public:
    LineReader(std::FILE* file, std::size_t max_line) : file_(file), max_line_(max_line) {}

    // The next line, without its newline (or a carriage return before that), as std::getline
    // splits them: the text after the last newline is a line if it is not empty. `line` is
    // valid until the next call. False at the end of the input (or when reading fails: check
    // std::ferror). A line of more than max_line bytes gives `too_long` and an empty `line`.
    bool next(std::string_view& line, bool& too_long);

private:
    // Appends the next block of the stream to buffer_; false when nothing more came.
    bool fill();
    // Skips the rest of a line already known to be too long, up to and including its newline.
    void skip_rest_of_line();

    std::FILE* file_;
    const std::size_t max_line_;
    bool ended_ = false;  // fread came back short: the end of the file, or an error
    std::string buffer_;
    std::size_t start_ = 0;  // the first byte of buffer_ not yet returned
};

}  // namespace redress::cli
