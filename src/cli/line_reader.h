#pragma once
// The lines of a stream, read a block at a time. std::getline reads a character at a time
// through the stream buffer, which was a seventh of `redress check --jsonl`'s time under Node.
// A line longer than the limit is reported as too long and skipped without being kept, so the
// memory used stays bounded whatever the input.
#include <cstddef>
#include <istream>
#include <string>
#include <string_view>

namespace redress::cli {

class LineReader {
public:
    LineReader(std::istream& in, std::size_t max_line) : in_(in), max_line_(max_line) {}

    // The next line, without its newline (or a carriage return before that), as std::getline
    // splits them: the text after the last newline is a line if it is not empty. `line` is
    // valid until the next call. False at the end of the input (or when reading fails: check
    // the stream). A line of more than max_line bytes gives `too_long` and an empty `line`.
    bool next(std::string_view& line, bool& too_long);

private:
    // Appends the next block of the stream to buffer_; false when nothing more came.
    bool fill();
    // Skips the rest of a line already known to be too long, up to and including its newline.
    void skip_rest_of_line();

    std::istream& in_;
    const std::size_t max_line_;
    std::string buffer_;
    std::size_t start_ = 0;  // the first byte of buffer_ not yet returned
};

}  // namespace redress::cli
