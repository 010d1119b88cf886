// SPDX-License-Identifier: GPL-3.0-or-later
#include "computepool.h"

#include <atomic>
#include <memory>
#include <utility>

#include <QThread>
#include <QSemaphore>
#include <QThreadPool>

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
