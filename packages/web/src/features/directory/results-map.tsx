import type { DirectoryMapSettings } from '@kith/shared';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import './results-map.css';
import { type MapPoint, mapBounds, type ServiceMarker } from './results-map-points.ts';

/**
 * The Leaflet map beside the search results. Loaded on its own (results-map-panel.tsx imports it
 * lazily) so Leaflet never weighs on the directory page's first load. Markers are Leaflet
 * markers with a plain `divIcon` — a CSS circle, no image — because those, unlike vector circle
 * markers, take the keyboard focus: Tab reaches each, Enter or Space opens its popup, which
 * names the service and links to it; focus moves into the popup and returns to the marker
 * when it closes (Escape closes it). No tiles configured: the markers sit on a plain background.
 */

export interface ResultsMapProps {
  markers: readonly ServiceMarker[];
  /** The searched postcode's centroid, drawn as a square. */
  searched: (MapPoint & { postcode: string }) | null;
  tiles: DirectoryMapSettings['tiles'];
  /** The service page's address for a marker's link. */
  hrefFor: (serviceId: string) => string;
  /** The search's own address, so the service page leads back to it. */
  searchHref: string;
  /** Ids of the heading that names the map and of the hint that describes it. */
  labelledBy: string;
  describedBy: string;
}

/** Great Britain, for a map with nothing on it. */
const GREAT_BRITAIN: L.LatLngExpression = [54.3, -2.5];
const SINGLE_POINT_ZOOM = 14;

export function ResultsMap({ markers, searched, tiles, hrefFor, searchHref, labelledBy, describedBy }: ResultsMapProps) {
  const containerRef = useRef<HTMLElement>(null);
  const mapRef = useRef<L.Map | null>(null);
  const navigate = useNavigate();

  // The map itself, once. Scroll-wheel zoom is off so scrolling the page past the map still scrolls the page.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    // No fades or zoom animations: a popup is fully drawn the moment it opens (a half-faded one
    // fails contrast for anyone reading it then), and motion helps no one find a service.
    const map = L.map(container, {
      scrollWheelZoom: false,
      attributionControl: false,
      zoomSnap: 0.5,
      fadeAnimation: false,
      zoomAnimation: false,
      markerZoomAnimation: false,
    });
    map.setView(GREAT_BRITAIN, 5);
    mapRef.current = map;
    // The results column changes width (filters open, window resized): keep the tiles and markers in place.
    const resized = new ResizeObserver(() => map.invalidateSize());
    resized.observe(container);
    return () => {
      resized.disconnect();
      map.remove();
      mapRef.current = null;
    };
  }, []);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !tiles) return;
    const layer = L.tileLayer(tiles.urlTemplate, { attribution: escapeHtml(tiles.attribution) });
    // Leaflet's own credit links away from Kith; the provider's credit is the one required.
    const credit = L.control.attribution({ prefix: false }).addTo(map);
    layer.addTo(map);
    return () => {
      layer.remove();
      credit.remove();
    };
  }, [tiles]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    const group = L.layerGroup().addTo(map);
    for (const marker of markers) addServiceMarker(group, marker, { href: hrefFor(marker.serviceId), navigate, searchHref });
    if (searched) addSearchedPostcode(group, searched);
    fitToPoints(map, searched ? [...markers, searched] : markers);
    return () => {
      group.remove();
    };
  }, [markers, searched, hrefFor, navigate, searchHref]);

  // Leaflet makes its container focusable (arrow keys pan, + and - zoom): a named region, so the focus lands somewhere that says what it is.
  return <section ref={containerRef} className="kith-results-map" aria-labelledby={labelledBy} aria-describedby={describedBy} />;
}

interface LinkTarget {
  href: string;
  navigate: ReturnType<typeof useNavigate>;
  searchHref: string;
}

function addServiceMarker(group: L.LayerGroup, point: ServiceMarker, link: LinkTarget): void {
  const icon = L.divIcon({ className: 'kith-map-marker', html: '', iconSize: [22, 22] });
  const marker = L.marker([point.latitude, point.longitude], { icon, keyboard: true, riseOnHover: true });
  // Whether the keyboard focus is inside this marker's popup, kept as it moves: closing a popup
  // (without a fade) takes it off the page, and the focus with it, before 'popupclose' fires.
  let focusInPopup = false;
  const tracked = new WeakSet<HTMLElement>();
  const trackFocusIn = (popup: HTMLElement) => {
    if (tracked.has(popup)) return; // Leaflet keeps one container per popup across openings.
    tracked.add(popup);
    popup.addEventListener('focusin', () => {
      focusInPopup = true;
    });
    // Focus moving elsewhere clears it; focus lost with the closing popup (no new target) does not.
    popup.addEventListener('focusout', (event) => {
      if (event.relatedTarget) focusInPopup = popup.contains(event.relatedTarget as Node);
    });
  };
  // Room at the top left for the zoom buttons, so an opened popup never sits under them.
  marker.bindPopup(() => popupContent(point, link), {
    autoPanPaddingTopLeft: [56, 16],
    autoPanPaddingBottomRight: [16, 16],
  });
  marker.addTo(group);
  const element = marker.getElement();
  if (!element) return;
  element.setAttribute('aria-label', point.place ? `${point.serviceName}, ${point.place}` : point.serviceName);
  // Leaflet opens the popup on Enter; a button also answers Space.
  element.addEventListener('keydown', (event) => {
    if (event.key !== ' ') return;
    event.preventDefault();
    marker.openPopup();
  });
  marker.on('popupopen', (event) => {
    const popup = (event as L.PopupEvent).popup.getElement();
    if (popup) trackFocusIn(popup);
    if (document.activeElement !== element) return;
    popup?.querySelector<HTMLElement>('.kith-map-popup a')?.focus();
  });
  marker.on('popupclose', () => {
    if (focusInPopup) element.focus();
    focusInPopup = false;
  });
}

/** The popup: the service's name as a link to its page, and where the marker stands. */
function popupContent(point: ServiceMarker, { href, navigate, searchHref }: LinkTarget): HTMLElement {
  const content = document.createElement('div');
  content.className = 'kith-map-popup';

  const name = document.createElement('a');
  name.href = href;
  name.textContent = point.serviceName;
  name.className = 'kith-map-popup__link';
  // An ordinary click stays inside the app (and keeps the way back to this search); modified clicks open as links do.
  name.addEventListener('click', (event) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href, { state: { from: searchHref } });
  });
  content.append(name);
  if (point.place) {
    const place = document.createElement('p');
    place.className = 'nhsuk-body-s nhsuk-u-margin-bottom-0';
    place.textContent = point.place;
    content.append(place);
  }
  // Escape closes the popup from inside it too (Leaflet listens only while the map itself has focus).
  content.addEventListener('keydown', (event) => {
    if (event.key === 'Escape')
      content.closest('.leaflet-popup')?.querySelector<HTMLElement>('.leaflet-popup-close-button')?.click();
  });
  return content;
}

/** A dark square labelled with the postcode (the label is part of the icon, so it goes when the marker goes). */
function addSearchedPostcode(group: L.LayerGroup, point: MapPoint & { postcode: string }): void {
  const label = document.createElement('span');
  label.className = 'kith-map-searched-label';
  label.textContent = point.postcode;
  const icon = L.divIcon({ className: 'kith-map-searched', html: label, iconSize: [16, 16] });
  L.marker([point.latitude, point.longitude], { icon, keyboard: false, interactive: false }).addTo(group);
}

function fitToPoints(map: L.Map, points: readonly MapPoint[]): void {
  const box = mapBounds(points);
  if (!box) {
    map.setView(GREAT_BRITAIN, 5);
    return;
  }
  if (box.south === box.north && box.west === box.east) {
    map.setView([box.south, box.west], SINGLE_POINT_ZOOM);
    return;
  }
  map.fitBounds(
    [
      [box.south, box.west],
      [box.north, box.east],
    ],
    { padding: [28, 28], maxZoom: SINGLE_POINT_ZOOM + 1 },
  );
}

/** The attribution is plain text in configuration; Leaflet writes it as HTML. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
