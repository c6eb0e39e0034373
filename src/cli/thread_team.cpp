#include "thread_team.h"

namespace redress::cli {

ThreadTeam::ThreadTeam(unsigned size) {
    for (unsigned member = 1; member < size; ++member) helpers_.emplace_back(&ThreadTeam::serve, this, member);
}

ThreadTeam::~ThreadTeam() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stopping_ = true;
    }
    start_.notify_all();
    for (std::thread& helper : helpers_) helper.join();
}

void ThreadTeam::run(const std::function<void(unsigned)>& job) {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        job_ = &job;
        busy_ = static_cast<unsigned>(helpers_.size());
        ++round_;
    }
    start_.notify_all();
    job(0);
    std::unique_lock<std::mutex> lock(mutex_);
    done_.wait(lock, [this] { return busy_ == 0; });
}

void ThreadTeam::serve(unsigned member) {
    unsigned long seen = 0;
    std::unique_lock<std::mutex> lock(mutex_);
    for (;;) {
        start_.wait(lock, [&] { return stopping_ || round_ != seen; });
        if (stopping_) return;
        seen = round_;
        const auto* job = job_;
        lock.unlock();
        (*job)(member);
        lock.lock();
        if (--busy_ == 0) done_.notify_one();
    }
}

}  // namespace redress::cli
