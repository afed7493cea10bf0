import type { ConfigProblem } from '../data/config/runtime-config';
import styles from './ConfigErrorScreen.module.css';

interface Props {
  url: string;
  problems: ConfigProblem[];
}

/**
 * Shown when config.json is missing or invalid. The app has no language setting yet at
 * this point, so it speaks both languages; it names every offending field.
 */
export function ConfigErrorScreen({ url, problems }: Props) {
  return (
    <main className={styles.screen}>
      <section role="alert" aria-labelledby="config-error-title">
        <h1 id="config-error-title">
          Tệp cấu hình không hợp lệ <span lang="en">· Invalid configuration file</span>
        </h1>
        <p>
          Không thể khởi động bảng điều khiển vì tệp cấu hình <code>{url}</code> có lỗi.{' '}
          <span lang="en">
            The dashboard cannot start because the configuration file has errors.
          </span>
        </p>
        <table>
          <thead>
            <tr>
              <th scope="col">Trường · Field</th>
              <th scope="col">Lỗi · Problem</th>
            </tr>
          </thead>
          <tbody>
            {problems.map((problem) => (
              <tr key={`${problem.field}:${problem.message}`}>
                <td>
                  <code>{problem.field}</code>
                </td>
                <td>{problem.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          Xem <code>docs/configuration.md</code> · <span lang="en">See docs/configuration.md</span>
        </p>
      </section>
    </main>
  );
}
