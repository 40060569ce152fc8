"""How the zoom gestures read: Ctrl+wheel, Ctrl++ / Ctrl+= / Ctrl+-, a touchpad pinch (a
native zoom gesture on macOS and Wayland) and a touchscreen pinch (``QPinchGesture``). Each
gives a factor (> 1 zooms in) and, for the pointer ones, the point to zoom around."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QNativeGestureEvent, QWheelEvent
from PySide6.QtWidgets import QGestureEvent, QPinchGesture, QWidget

ZOOM_STEP = 1.25  # one wheel notch or one Ctrl++
Key = Qt.Key
Mod = Qt.KeyboardModifier


def wheel_zoom(event: QWheelEvent) -> float | None:
    """The factor of a Ctrl+wheel (one notch, 120 eighths of a degree, is one step), or None
    for a wheel that scrolls."""
    if not event.modifiers() & Mod.ControlModifier:
        return None
    notches = event.angleDelta().y() / 120
    if not notches:
        return None
    return float(ZOOM_STEP**notches)


def key_zoom(event: QKeyEvent) -> float | None:
    """Ctrl++ and Ctrl+= (the same key unshifted on many layouts) zoom in, Ctrl+- out."""
    if not event.modifiers() & Mod.ControlModifier:
        return None
    key = event.key()
    if key in (Key.Key_Plus, Key.Key_Equal):
        return ZOOM_STEP
    if key in (Key.Key_Minus, Key.Key_Underscore):
        return 1 / ZOOM_STEP
    return None


def gesture_zoom(event: QEvent, viewport: QWidget) -> tuple[float, QPointF] | None:
    """A pinch's factor and its centre in viewport pixels, or None for any other gesture."""
    if isinstance(event, QNativeGestureEvent):
        if event.gestureType() != Qt.NativeGestureType.ZoomNativeGesture:
            return None
        return 1.0 + event.value(), event.position()
    if isinstance(event, QGestureEvent):
        pinch = event.gesture(Qt.GestureType.PinchGesture)
        if not isinstance(pinch, QPinchGesture):
            return None
        if not pinch.changeFlags() & QPinchGesture.ChangeFlag.ScaleFactorChanged:
            return None
        centre = viewport.mapFromGlobal(pinch.centerPoint().toPoint())
        return pinch.scaleFactor(), QPointF(centre)
    return None
