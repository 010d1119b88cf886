// SPDX-License-Identifier: GPL-3.0-or-later
#include "computepool.h"

#include <atomic>
#include <memory>
#include <utility>

#include <QSemaphore>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent>

#include <algorithm>
#include <vector>

#if defined(Q_OS_LINUX)
#include <pthread.h>
#include <sched.h>
#endif

QThreadPool *computePool()
{
    // A static object, not a leaked pointer: at exit its destructor waits for its threads,
    // so none of them is still running (or expiring) while static objects are destroyed.
    static QThreadPool pool;
    static const bool configured = [] {
        pool.setMaxThreadCount(QThread::idealThreadCount());
        pool.setObjectName(QStringLiteral("SessionDesk compute"));
        return true;
    }();
    Q_UNUSED(configured);
    return &pool;
}

void makeBackgroundThread()
{
    thread_local bool done = false;
    if (std::exchange(done, true))
        return;
#if defined(Q_OS_LINUX)
    // Allowed without privileges; the thread's nice value stays as it was.
    const sched_param param{};
    pthread_setschedparam(pthread_self(), SCHED_BATCH, &param);
#endif
}

void makeIdleThread()
{
#if defined(Q_OS_LINUX)
    const sched_param param{};
    pthread_setschedparam(pthread_self(), SCHED_IDLE, &param);
#endif
}

void startWorkerThreads(QThreadPool *pool)
{
    pool->setExpiryTimeout(-1);
    // Each task waits until all have arrived, so each gets a thread of its own; a second
    // at most, should the pool be busy and some never start.
    const int count = pool->maxThreadCount();
    auto arrived = std::make_shared<std::atomic<int>>(0);
    auto gate = std::make_shared<QSemaphore>();
    for (int i = 0; i < count; ++i) {
        pool->start([arrived, gate, count] {
            makeBackgroundThread();
            if (arrived->fetch_add(1) + 1 == count)
                gate->release(count);
            gate->tryAcquire(1, 1000);
        });
    }
}

int parallelParts(size_t items, size_t minItemsPerPart)
{
    const size_t most = std::max<size_t>(1, items / std::max<size_t>(1, minItemsPerPart));
    return int(std::min<size_t>(size_t(std::max(1, computePool()->maxThreadCount())), most));
}

void runInParallel(int parts, const std::function<void(int part)> &part)
{
    std::vector<QFuture<void>> others;
    others.reserve(size_t(std::max(0, parts - 1)));
    for (int i = 1; i < parts; ++i) {
        others.push_back(QtConcurrent::run(computePool(), [&part, i] {
            makeBackgroundThread();
            part(i);
        }));
    }
    part(0);
    // Waiting takes a part that has not started yet off the pool and runs it here.
    for (QFuture<void> &other : others)
        other.waitForFinished();
}
