// chorus-render-icons: renders the SVG master of an icon into the PNG sizes of the hicolor theme.
//   chorus-render-icons MASTER.svg OUTPUT_DIR NAME SIZE...
// writes OUTPUT_DIR/<SIZE>x<SIZE>/apps/NAME.png for every SIZE. A build-time tool, never installed.
#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

#include <cstdio>

namespace {

int fail(const QString& message) {
    QTextStream(stderr) << "chorus-render-icons: " << message << "\n";
    return 1;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.size() < 4)
        return fail(QStringLiteral("usage: chorus-render-icons MASTER.svg OUTPUT_DIR NAME SIZE..."));

    const QString master = args.at(0);
    QSvgRenderer renderer(master);
    if (!renderer.isValid())
        return fail(QStringLiteral("%1: not a valid SVG icon").arg(master));
    if (renderer.viewBoxF().width() != renderer.viewBoxF().height())
        return fail(QStringLiteral("%1: the view box is not square").arg(master));

    const QDir output(args.at(1));
    const QString name = args.at(2);
    for (const QString& sizeText : args.mid(3)) {
        bool ok = false;
        const int size = sizeText.toInt(&ok);
        if (!ok || size < 8 || size > 1024)
            return fail(QStringLiteral("\"%1\" is not an icon size between 8 and 1024").arg(sizeText));

        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        renderer.render(&painter, QRectF(0, 0, size, size));
        painter.end();

        const QString folder = QStringLiteral("%1x%1/apps").arg(size);
        if (!output.mkpath(folder))
            return fail(QStringLiteral("cannot create %1").arg(output.filePath(folder)));
        const QString file = output.filePath(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
        if (!image.convertToFormat(QImage::Format_ARGB32).save(file, "PNG"))
            return fail(QStringLiteral("cannot write %1").arg(file));
    }
    return 0;
}
