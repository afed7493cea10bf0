import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { thresholdLegend } from './legend';
import { ProvinceTable } from './ProvinceTable';

const legend = thresholdLegend({
  title: 'Tỷ lệ',
  thresholds: [50],
  colors: ['#aaa', '#333'],
  format: (v) => `${v}%`,
});

describe('ProvinceTable', () => {
  it('lists every unit of the set with the value and class the map shows', () => {
    render(
      <ProvinceTable
        unitSet="current"
        values={{ '79': { value: 72.5, classIndex: 1, label: '72,5%' } }}
        legend={legend}
        caption="Tỷ lệ theo tỉnh"
      />,
    );
    const table = screen.getByRole('table', { name: 'Tỷ lệ theo tỉnh' });
    expect(within(table).getAllByRole('row')).toHaveLength(35);
    const hcm = within(table).getByRole('rowheader', { name: 'Hồ Chí Minh' }).closest('tr')!;
    expect(hcm).toHaveTextContent('72,5%');
    expect(hcm).toHaveTextContent('≥ 50%');
    const hue = within(table).getByRole('rowheader', { name: 'Huế' }).closest('tr')!;
    expect(hue).toHaveTextContent(legend.noData.label);
  });

  it('shows the 63 former units for old periods and selects by button', async () => {
    const onSelect = vi.fn();
    render(
      <ProvinceTable
        unitSet="former"
        values={{}}
        legend={legend}
        caption="x"
        selectedCode="02"
        onSelect={onSelect}
      />,
    );
    expect(screen.getAllByRole('row')).toHaveLength(64);
    const haGiang = screen.getByRole('button', { name: 'Chọn Hà Giang' });
    expect(haGiang).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(haGiang);
    expect(onSelect).toHaveBeenCalledWith(null);
    await userEvent.click(screen.getByRole('button', { name: 'Chọn Bạc Liêu' }));
    expect(onSelect).toHaveBeenLastCalledWith('95');
  });
});
