#pragma once

#include "Figures.h"
#include "util/Result.h"

#include <QSize>

namespace chorus::bench {

/// The map view's frame times, drawn offscreen through the same code as the Map page (core/mapdraw): the
/// ties-only graph of the workspace at its stored positions (or after 25 layout iterations when some node
/// has none; nothing is stored), on a `screen`-sized image. As the view does: pan frames shift the cached
/// layer, zoom frames (wheel gestures of 12 steps in and 12 out) scale it, and the layer is redrawn when the
/// view settles; labels, selection and legend are drawn fresh every frame. Measured with the whole map in
/// view and zoomed in 8×. Needs a QGuiApplication (fonts).
Result<QVector<Figure>> measureMapFrames(const QString& path, QSize screen = QSize(1280, 800));

} // namespace chorus::bench
