/**
 * Data-flow and network diagrams of guideline 2.2.1.4, drawn from the ledgers rather than by hand: the ledgers become a
 * graph ({@link io.taisei.asset.diagram.DiagramGraph}), Eclipse ELK lays it out, and the same layout is rendered as
 * SVG (for the browser) and PNG.
 */
package io.taisei.asset.diagram;
