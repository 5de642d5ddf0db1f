#pragma once

#include <functional>

namespace chorus {

/// Runs `work` on a thread of Qt's global thread pool and waits for it, or runs it right here when this
/// thread already is one. For painting big pictures: Qt 6.4's raster engine hands every large batch of spans
/// to that pool and waits for it unless the painting thread belongs to the pool, which for a map of 100,000
/// people is hundreds of thousands of cross-thread hand-overs. When every pool thread is busy it waits for
/// one once, at the highest priority. Not for the GUI thread: a long job in the pool would freeze it.
void runOnPoolThread(const std::function<void()>& work);

} // namespace chorus
