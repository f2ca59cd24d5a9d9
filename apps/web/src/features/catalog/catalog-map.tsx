import { useEffect, useId, useRef, type MouseEvent } from 'react';
import { useNavigate, type NavigateFunction } from 'react-router-dom';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import markerIcon from 'leaflet/dist/images/marker-icon.png';
import markerIcon2x from 'leaflet/dist/images/marker-icon-2x.png';
import markerShadow from 'leaflet/dist/images/marker-shadow.png';
import styled from 'styled-components';
import { VisuallyHidden } from 'suomifi-ui-components';
import { tokens } from '../../ui/theme';
import { useMapSettings } from './api';
import { useLocalize } from './format';
import { isPlainClick } from './in-app-link';

export interface MapPlace {
  id: string;
  lat: number;
  lon: number;
  title: string;
  links: { to: string; label: string }[];
}

/** Oulu, for a map with nothing on it yet. */
const DEFAULT_CENTRE: L.LatLngTuple = [65.0121, 25.4651];

// Bundled icons: Leaflet's own guess of the image path does not survive bundling.
const icon = L.icon({
  iconUrl: markerIcon,
  iconRetinaUrl: markerIcon2x,
  shadowUrl: markerShadow,
  iconSize: [25, 41],
  iconAnchor: [12, 41],
  popupAnchor: [1, -34],
  shadowSize: [41, 41],
});

function popupContent(place: MapPlace, navigate: NavigateFunction): HTMLElement {
  const root = document.createElement('div');
  const title = document.createElement('p');
  title.className = 'popup-title';
  title.textContent = place.title;
  const list = document.createElement('ul');
  for (const link of place.links) {
    const anchor = document.createElement('a');
    anchor.href = link.to;
    anchor.textContent = link.label;
    anchor.addEventListener('click', (event) => {
      if (!isPlainClick(event)) return;
      event.preventDefault();
      navigate(link.to);
    });
    const item = document.createElement('li');
    item.append(anchor);
    list.append(item);
  }
  root.append(title, list);
  return root;
}

/**
 * A map of places with a marker each. It only repeats what the list beside it says, so it can
 * be skipped with one link, and a tile server that cannot be reached leaves the page usable.
 */
export function CatalogMap({ label, places }: { label: string; places: readonly MapPlace[] }) {
  const { t, language } = useLocalize();
  const settings = useMapSettings();
  const navigate = useNavigate();
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const markers = useRef<L.LayerGroup | null>(null);
  const afterId = useId();

  useEffect(() => {
    if (!settings.data || !container.current) return;
    const created = L.map(container.current, { scrollWheelZoom: false, zoomControl: false }).setView(DEFAULT_CENTRE, 10);
    L.control.zoom({ zoomInTitle: t('catalog.map.zoomIn'), zoomOutTitle: t('catalog.map.zoomOut') }).addTo(created);
    L.tileLayer(settings.data.tileUrl, { attribution: settings.data.attribution, maxZoom: 18 }).addTo(created);
    // Leaflet names its popup close button in English only.
    created.on('popupopen', (event) => {
      event.popup.getElement()?.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', t('catalog.map.closePopup'));
    });
    markers.current = L.layerGroup().addTo(created);
    map.current = created;
    return () => {
      created.remove();
      map.current = null;
      markers.current = null;
    };
  }, [settings.data, t, language]);

  useEffect(() => {
    const current = map.current;
    const layer = markers.current;
    if (!current || !layer) return;
    layer.clearLayers();
    for (const place of places) {
      L.marker([place.lat, place.lon], { icon, title: place.title, alt: place.title, keyboard: true })
        .bindPopup(() => popupContent(place, navigate))
        .addTo(layer);
    }
    // The container may have changed size since the map was made (results above it arrived).
    current.invalidateSize();
    // Without animation: Leaflet finishes an animated zoom on a timer that fails on a map removed
    // meanwhile (a link followed at once), and a map that jumps to the results needs no motion.
    if (places.length === 1) current.setView([places[0]!.lat, places[0]!.lon], 14, { animate: false });
    // The top padding leaves room for the marker pins, which stand above their point.
    else if (places.length > 1) current.fitBounds(L.latLngBounds(places.map((p) => [p.lat, p.lon])), { paddingTopLeft: [30, 55], paddingBottomRight: [30, 20], maxZoom: 14, animate: false });
  }, [places, navigate, settings.data, language]);

  const skipMap = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById(afterId)?.focus();
  };

  return (
    <Region aria-label={label} data-testid="catalog-map">
      <SkipMap href={`#${afterId}`} onClick={skipMap}>
        {t('catalog.map.skip')}
      </SkipMap>
      <VisuallyHidden>{t('catalog.map.description', { count: places.length })}</VisuallyHidden>
      {settings.isError ? <p>{t('catalog.map.unavailable')}</p> : <MapBox ref={container} />}
      <span id={afterId} tabIndex={-1}>
        <VisuallyHidden>{t('catalog.map.end')}</VisuallyHidden>
      </span>
    </Region>
  );
}

const Region = styled.section`
  position: relative;
`;

const SkipMap = styled.a`
  position: absolute;
  z-index: 1100;
  top: ${tokens.spacing.xs};
  left: ${tokens.spacing.xs};
  padding: ${tokens.spacing.xxs} ${tokens.spacing.xs};
  background: ${tokens.colors.whiteBase};
  color: ${tokens.colors.highlightBase};
  transform: translateY(-200vh);

  &:focus {
    transform: none;
    ${tokens.focuses.boxShadowFocus}
    ${tokens.focuses.highContrastFocus}
  }
`;

const MapBox = styled.div`
  height: clamp(18rem, 45vh, 28rem);
  border: 1px solid ${tokens.colors.depthLight1};
  background: ${tokens.colors.depthLight2};

  &:focus-visible,
  .leaflet-marker-icon:focus-visible,
  a:focus-visible {
    outline: 3px solid ${tokens.colors.accentSecondary};
    outline-offset: 2px;
  }

  .leaflet-control-attribution,
  .leaflet-control-attribution a {
    color: ${tokens.colors.blackBase};
  }

  .leaflet-container a,
  .leaflet-popup-content a {
    color: ${tokens.colors.highlightDark1};
  }

  .popup-title {
    ${tokens.typography.bodySemiBoldSmall};
    margin: 0 0 ${tokens.spacing.xxs};
  }

  .leaflet-popup-content ul {
    margin: 0;
    padding-left: ${tokens.spacing.m};
  }
`;
