#include "PoolThread.h"

#include <QSemaphore>
#include <QThread>
#include <QThreadPool>

#include <limits>

namespace chorus {

void runOnPoolThread(const std::function<void()>& work) {
    QThreadPool* pool = QThreadPool::globalInstance();
    if (pool->contains(QThread::currentThread())) {
        work();
        return;
    }
    QSemaphore done;
    pool->start(
        [&] {
            work();
            done.release();
        },
        std::numeric_limits<int>::max());
    done.acquire();
}

} // namespace chorus
