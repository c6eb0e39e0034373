#pragma once
// A fixed team of threads that runs one job on every member at once, as often as asked, with
// the threads started only once. `redress check --jsonl` splits each batch of lines between the
// members. The threads start once, not once per batch: starting a thread costs more than
// checking a few cases.
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace redress::cli {

class ThreadTeam {
public:
    // A team of `size` members (at least 1): the calling thread and size - 1 helpers.
    explicit ThreadTeam(unsigned size);
    ~ThreadTeam();
    ThreadTeam(const ThreadTeam&) = delete;
    ThreadTeam& operator=(const ThreadTeam&) = delete;

    unsigned size() const { return static_cast<unsigned>(helpers_.size()) + 1; }

    // Calls job(k) for every member k in [0, size()), member 0 on the calling thread, and returns
    // when every call has returned.
    void run(const std::function<void(unsigned)>& job);

private:
    void serve(unsigned member);

    std::mutex mutex_;
    std::condition_variable start_, done_;
    const std::function<void(unsigned)>* job_ = nullptr;
    unsigned long round_ = 0;  // counts run() calls; a helper starts when it sees a new round
    unsigned busy_ = 0;        // helpers still working on this round
    bool stopping_ = false;
    std::vector<std::thread> helpers_;
};

}  // namespace redress::cli
