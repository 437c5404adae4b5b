import type { WorkbenchCode } from "../en/workbench.js";

/** `linli workbench` 的中文文字。 */
export const workbenchZhCN: Record<WorkbenchCode, string> = {
  "workbench.summary": "打开工作台：在浏览器中核对、合并登记表，数据只留在本机",
  "workbench.help":
    "在本机（只限 127.0.0.1）提供工作台页面，并用浏览器打开。页面在浏览器内读取、检查、合并文件，不上传任何内容；加载一次后也可离线使用。按 Ctrl+C 停止。\n--port      端口（默认 8737；被占用时用下一个空闲端口）。页面按地址记住列对应，请保持同一端口。\n--no-open   不打开浏览器，只显示地址",
  "workbench.serving": "工作台地址：{url}（按 Ctrl+C 停止）。",
  "workbench.missing":
    "{dir} 中没有工作台页面：请重新安装 @linli/cli，或在 linli 代码库中运行 pnpm build。",
  "workbench.port": "--port 应为 1 到 65535 之间的数字，例如 8737；收到的是“{value}”。",
  "workbench.busy": "端口 {from} 到 {to} 都已被占用；请用 --port 另选一个。",
  "workbench.stopped": "工作台已停止。",
};
