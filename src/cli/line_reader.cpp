#include "line_reader.h"

namespace redress::cli {
namespace {

constexpr std::size_t kBlockBytes = 64 * 1024;

std::string_view without_carriage_return(std::string_view line) {
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    return line;
}

}  // namespace

bool LineReader::fill() {
    if (ended_) return false;
    // Bytes already returned are dropped first, so the buffer holds at most one line and a block.
    buffer_.erase(0, start_);
    start_ = 0;
    const std::size_t old_size = buffer_.size();
    buffer_.resize(old_size + kBlockBytes);
    const std::size_t got = std::fread(buffer_.data() + old_size, 1, kBlockBytes, file_);
    buffer_.resize(old_size + got);
    ended_ = got < kBlockBytes;
    return got > 0;
}

void LineReader::skip_rest_of_line() {
    for (;;) {
        const std::size_t newline = buffer_.find('\n', start_);
        if (newline != std::string::npos) {
            start_ = newline + 1;
            return;
        }
        start_ = buffer_.size();
        if (!fill()) return;
    }
}

bool LineReader::next(std::string_view& line, bool& too_long) {
    std::size_t searched = start_;  // no newline in [start_, searched)
    for (;;) {
        const std::size_t newline = buffer_.find('\n', searched);
        if (newline != std::string::npos) {
            line = without_carriage_return(std::string_view(buffer_).substr(start_, newline - start_));
            start_ = newline + 1;
            too_long = line.size() > max_line_;
            if (too_long) line = {};
            return true;
        }
        // No newline yet. A line already longer than the limit (with room for a carriage
        // return) is not kept: the rest of it is read and dropped.
        if (buffer_.size() - start_ > max_line_ + 1) {
            skip_rest_of_line();
            line = {};
            too_long = true;
            return true;
        }
        searched = buffer_.size();
        const std::size_t before = start_;
        if (!fill()) {
            if (start_ == buffer_.size()) return false;
            line = without_carriage_return(std::string_view(buffer_).substr(start_));
            start_ = buffer_.size();
            too_long = line.size() > max_line_;
            if (too_long) line = {};
            return true;
        }
        searched -= before;  // fill() moved the unread bytes to the front
    }
}

}  // namespace redress::cli
