import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Breadcrumbs } from './Breadcrumbs';

describe('<Breadcrumbs>', () => {
  test('a labelled nav, an ordered list, links above, the last crumb current and not a link', () => {
    render(
      <Breadcrumbs
        label="Vị trí xem"
        items={[
          { key: 'p', label: 'Thành phố Cần Thơ', href: '/dossiers?unit=92' },
          { key: 'd', label: 'Sở Y tế', href: '/dossiers?unit=92&department=so-y-te' },
          { key: 'x', label: 'Cấp giấy phép <b>hành nghề</b>' },
        ]}
      />,
    );
    const nav = screen.getByRole('navigation', { name: 'Vị trí xem' });
    expect(nav.querySelector('ol')).not.toBeNull();
    const links = screen.getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '/dossiers?unit=92',
      '/dossiers?unit=92&department=so-y-te',
    ]);
    const current = nav.querySelector('[aria-current="page"]');
    // Data is text, never markup.
    expect(current?.textContent).toBe('Cấp giấy phép <b>hành nghề</b>');
    expect(current?.tagName).toBe('SPAN');
  });

  test('Enter and a plain click navigate in the app; a modified click is left to the browser', async () => {
    const user = userEvent.setup();
    const onNavigate = vi.fn();
    render(
      <Breadcrumbs
        label="Trail"
        items={[
          { key: 'p', label: 'Province', href: '/p', onNavigate },
          { key: 'd', label: 'Department' },
        ]}
      />,
    );
    const link = screen.getByRole('link', { name: 'Province' });
    await user.tab();
    expect(link).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onNavigate).toHaveBeenCalledTimes(1);
    await user.click(link);
    expect(onNavigate).toHaveBeenCalledTimes(2);
    await user.keyboard('{Control>}');
    await user.click(link);
    await user.keyboard('{/Control}');
    expect(onNavigate).toHaveBeenCalledTimes(2);
  });

  test('nothing to show: no landmark', () => {
    const { container } = render(<Breadcrumbs label="Trail" items={[]} />);
    expect(container).toBeEmptyDOMElement();
  });
});
