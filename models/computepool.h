// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <functional>

class QThreadPool;

/**
 * The threads for SessionDesk's own long jobs: re-sorting and filtering a large table,
 * formatting an export.
 *
 * They stay off QThreadPool::globalInstance() on purpose. Qt's raster paint engine splits
 * a large fill (a scroll bar's gradient, for one) into pieces on the global pool and
 * blocks the GUI thread until all are done; a 20 ms sort queued there would stall the
 * window's repaint for as long.
 */
QThreadPool *computePool();

/**
 * Marks the calling thread as a background worker, once per thread. On Linux it becomes
 * SCHED_BATCH: waking it (a page to parse, rows to sort) no longer preempts the thread
 * that woke it, so the GUI thread keeps its core through the thousands of hand-offs of a
 * large load instead of waiting several milliseconds for it after each (see
 * docs/performance.md). A worker still gets its fair share of the processor.
 */
void makeBackgroundThread();

/**
 * Marks the calling thread as one that runs only on time SessionDesk's own threads leave
 * (SCHED_IDLE on Linux): any of them that wakes takes the core at once. For the benchmark's
 * demo server, which stands in for a server on another machine; SessionDesk's own workers
 * and the interactive demo's server stay background threads, since other busy programs
 * would starve them.
 */
void makeIdleThread();

/**
 * Starts every thread of pool now (as background threads) and keeps them for the life of
 * the process. A thread created during a large load maps its stack, and mapping waits for
 * the address-space lock while reserved memory is being backed: the GUI thread, which
 * starts the first jobs, stalled for tens of milliseconds on the first load. Call once per
 * pool, before any loading.
 */
void startWorkerThreads(QThreadPool *pool);

/**
 * How many parts a job over items should be split into for runInParallel(): one per
 * processor, but none smaller than minItemsPerPart (below that, handing a part to another
 * thread costs more than it saves). At least 1.
 */
int parallelParts(size_t items, size_t minItemsPerPart);

/// Where part (of parts, about equal) of items starts; part == parts gives items.
inline size_t partStart(size_t items, int part, int parts)
{
    return items * size_t(part) / size_t(parts);
}

/**
 * Calls part(0) ... part(parts - 1) at the same time and returns when all have returned:
 * part 0 on the calling thread, the others on computePool(). A part no pool thread has
 * picked up by then runs on the calling thread instead, so this may be called from one of
 * the pool's own jobs (a re-sort on the pool splitting its work) without waiting for a
 * free thread. parts <= 1 just calls part(0).
 */
void runInParallel(int parts, const std::function<void(int part)> &part);
