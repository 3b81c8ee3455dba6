export function App() {
  return <h1>Airlift</h1>;
}
