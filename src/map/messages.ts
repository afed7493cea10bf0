/**
 * Words the map shows itself. Vietnamese by default; a scene passes translated strings
 * through the `messages` prop (src/i18n). `{n}` is replaced by a number.
 */
export interface ProvinceMapMessages {
  readonly loading: string;
  readonly geodataFailed: string;
  readonly webglFailed: string;
  readonly basemapFallback: string;
  readonly keyboardLabel: string;
  readonly keyboardHint: string;
  readonly selected: string;
  readonly clusterCount: string;
  readonly clusterWorst: string;
  readonly legend: string;
  readonly tableCode: string;
  readonly tableUnit: string;
  readonly tableClass: string;
  readonly select: string;
  readonly zoomIn: string;
  readonly zoomOut: string;
  readonly toggleAttribution: string;
}

export const VI_MAP_MESSAGES: ProvinceMapMessages = {
  loading: 'Đang tải bản đồ…',
  geodataFailed: 'Không tải được dữ liệu ranh giới. Xem số liệu ở dạng bảng.',
  webglFailed: 'Thiết bị này không hiển thị được bản đồ (WebGL). Xem số liệu ở dạng bảng.',
  basemapFallback: 'Không tải được bản đồ nền đã cấu hình; đang dùng bản đồ nền ngoại tuyến.',
  keyboardLabel: 'Chọn tỉnh, thành phố trên bản đồ',
  keyboardHint: 'Mũi tên lên/xuống để duyệt, Enter để chọn, Esc để bỏ chọn.',
  selected: 'đang chọn',
  clusterCount: '{n} điểm',
  clusterWorst: 'Mức cao nhất',
  legend: 'Chú giải',
  tableCode: 'Mã',
  tableUnit: 'Tỉnh, thành phố',
  tableClass: 'Phân loại',
  select: 'Chọn {name}',
  zoomIn: 'Phóng to',
  zoomOut: 'Thu nhỏ',
  toggleAttribution: 'Nguồn dữ liệu bản đồ',
};

export const EN_MAP_MESSAGES: ProvinceMapMessages = {
  loading: 'Loading map…',
  geodataFailed: 'Boundary data could not be loaded. See the figures as a table.',
  webglFailed: 'This device cannot draw the map (WebGL). See the figures as a table.',
  basemapFallback: 'The configured basemap could not be loaded; showing the offline basemap.',
  keyboardLabel: 'Choose a province or city on the map',
  keyboardHint: 'Up/down arrows to browse, Enter to select, Esc to clear.',
  selected: 'selected',
  clusterCount: '{n} points',
  clusterWorst: 'Highest level',
  legend: 'Legend',
  tableCode: 'Code',
  tableUnit: 'Province or city',
  tableClass: 'Class',
  select: 'Select {name}',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  toggleAttribution: 'Map data sources',
};

export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}

/** MapLibre's own UI strings (canvas and control aria labels). */
export function maplibreLocale(m: ProvinceMapMessages, title: string): Record<string, string> {
  return {
    'Map.Title': title,
    'NavigationControl.ZoomIn': m.zoomIn,
    'NavigationControl.ZoomOut': m.zoomOut,
    'AttributionControl.ToggleAttribution': m.toggleAttribution,
  };
}
