// Zoom and pan for the diagrams on /assets/diagrams: the wheel zooms at the pointer, dragging pans, the toolbar
// buttons (data-diagram-zoom="in|out|reset") zoom around the centre. Works on the SVG's viewBox, so text stays sharp.
(function () {
    'use strict';

    function setUp(frame) {
        var svg = frame.querySelector('svg');
        if (!svg) {
            return;
        }
        var base = svg.viewBox.baseVal;
        var full = {x: base.x, y: base.y, width: base.width, height: base.height};
        var view = {x: full.x, y: full.y, width: full.width, height: full.height};
        svg.setAttribute('width', '100%');
        svg.setAttribute('height', '100%');
        svg.setAttribute('preserveAspectRatio', 'xMidYMid meet');

        function apply() {
            svg.setAttribute('viewBox', view.x + ' ' + view.y + ' ' + view.width + ' ' + view.height);
        }

        // svg units per screen pixel, as the viewBox is fitted into the frame
        function unitsPerPixel() {
            var rect = svg.getBoundingClientRect();
            return Math.max(view.width / rect.width, view.height / rect.height);
        }

        function zoom(factor, clientX, clientY) {
            var rect = svg.getBoundingClientRect();
            var scale = unitsPerPixel();
            var cx = clientX === undefined ? view.x + view.width / 2
                : view.x + (view.width - rect.width * scale) / 2 + (clientX - rect.left) * scale;
            var cy = clientY === undefined ? view.y + view.height / 2
                : view.y + (view.height - rect.height * scale) / 2 + (clientY - rect.top) * scale;
            var width = Math.min(full.width * 4, Math.max(40, view.width / factor));
            var height = width * view.height / view.width;
            view.x = cx - (cx - view.x) * width / view.width;
            view.y = cy - (cy - view.y) * height / view.height;
            view.width = width;
            view.height = height;
            apply();
        }

        svg.addEventListener('wheel', function (event) {
            event.preventDefault();
            zoom(event.deltaY < 0 ? 1.2 : 1 / 1.2, event.clientX, event.clientY);
        }, {passive: false});

        var drag = null;
        svg.addEventListener('pointerdown', function (event) {
            drag = {x: event.clientX, y: event.clientY, viewX: view.x, viewY: view.y};
            svg.setPointerCapture(event.pointerId);
            svg.classList.add('dragging');
        });
        svg.addEventListener('pointermove', function (event) {
            if (!drag) {
                return;
            }
            var scale = unitsPerPixel();
            view.x = drag.viewX - (event.clientX - drag.x) * scale;
            view.y = drag.viewY - (event.clientY - drag.y) * scale;
            apply();
        });
        function endDrag() {
            drag = null;
            svg.classList.remove('dragging');
        }
        svg.addEventListener('pointerup', endDrag);
        svg.addEventListener('pointercancel', endDrag);

        document.querySelectorAll('[data-diagram-zoom]').forEach(function (button) {
            button.addEventListener('click', function () {
                var action = button.getAttribute('data-diagram-zoom');
                if (action === 'in') {
                    zoom(1.5);
                } else if (action === 'out') {
                    zoom(1 / 1.5);
                } else {
                    view = {x: full.x, y: full.y, width: full.width, height: full.height};
                    apply();
                }
            });
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        document.querySelectorAll('.taisei-diagram-frame').forEach(setUp);
    });
})();
